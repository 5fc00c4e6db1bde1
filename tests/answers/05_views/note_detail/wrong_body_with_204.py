"""Answers DELETE with JsonResponse({"deleted": True}, status=204): a 204 must have no body."""
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "HEAD", "DELETE"])
def note_detail(request, pk):
    """Serve one note: GET and HEAD as JSON, DELETE with 204; 404 when it does not exist; other methods as HTTP requires."""
    note = get_object_or_404(Note, pk=pk)
    if request.method == "DELETE":
        note.delete()
        return JsonResponse({"deleted": True}, status=204)
    return JsonResponse({"id": note.pk, "text": note.text, "year": note.year})
