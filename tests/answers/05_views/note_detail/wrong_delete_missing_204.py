"""Deletes with filter().delete() before looking the note up: a DELETE of a note that does not exist answers 204 as
if it had deleted something, where the task asks for a 404."""
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "HEAD", "DELETE"])
def note_detail(request, pk):
    """Serve one note: GET and HEAD as JSON, DELETE with 204; 404 when it does not exist; other methods as HTTP requires."""
    if request.method == "DELETE":
        Note.objects.filter(pk=pk).delete()
        return HttpResponse(status=204)
    note = get_object_or_404(Note, pk=pk)
    return JsonResponse({"id": note.pk, "text": note.text, "year": note.year})
