"""Right: no decorator and no shortcut: HttpResponseNotAllowed by hand (it sets Allow), DoesNotExist turned into
Http404, the JSON from model_to_dict()."""
from django.forms.models import model_to_dict
from django.http import Http404, HttpResponseNotAllowed


def note_detail(request, pk):
    """Serve one note: GET and HEAD as JSON, DELETE with 204; 404 when it does not exist; other methods as HTTP requires."""
    if request.method not in {"GET", "HEAD", "DELETE"}:
        return HttpResponseNotAllowed(["DELETE", "GET", "HEAD"])
    try:
        note = Note.objects.get(pk=pk)
    except Note.DoesNotExist:
        raise Http404(f"no note {pk}") from None
    if request.method == "DELETE":
        note.delete()
        return HttpResponse(status=204)
    return JsonResponse(model_to_dict(note))
