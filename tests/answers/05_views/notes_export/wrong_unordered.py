"""Exports Note.objects.all() without order_by("id"): the rows come in whatever order the database returns them."""
import csv

from django.utils.cache import patch_vary_headers


def notes_export(request):
    """Send the notes as JSON or CSV, whichever the client prefers; 406 if it accepts neither."""
    chosen = request.get_preferred_type(["application/json", "text/csv"])
    notes = Note.objects.all()
    if chosen is None:
        response = HttpResponse(status=406)
    elif chosen == "text/csv":
        response = HttpResponse(content_type="text/csv")
        writer = csv.writer(response)
        writer.writerow(["id", "text"])
        for note in notes:
            writer.writerow([note.pk, note.text])
    else:
        response = JsonResponse({"notes": [note.text for note in notes]})
    patch_vary_headers(response, ["Accept"])
    return response
