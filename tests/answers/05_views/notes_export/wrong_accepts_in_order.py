"""Asks request.accepts() in a fixed order, the anti-pattern of section 7: accepts() says yes to */*, so a client
with no preference gets CSV, and it ignores q, so a client that prefers JSON gets CSV too."""
import csv


def notes_export(request):
    """Send the notes as JSON or CSV, whichever the client prefers; 406 if it accepts neither."""
    from django.utils.cache import patch_vary_headers

    notes = Note.objects.order_by("id")
    if request.accepts("text/csv"):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        writer = csv.writer(response)
        writer.writerow(["id", "text"])
        writer.writerows([note.pk, note.text] for note in notes)
    elif request.accepts("application/json"):
        response = JsonResponse({"notes": [note.text for note in notes]})
    else:
        response = HttpResponse(status=406)
    patch_vary_headers(response, ["Accept"])
    return response
