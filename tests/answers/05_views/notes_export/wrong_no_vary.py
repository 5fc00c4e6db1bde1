"""Chooses the format right but sends no Vary: Accept, so a cache may serve the CSV to a client that asked for JSON."""
import csv


def notes_export(request):
    """Send the notes as JSON or CSV, whichever the client prefers; 406 if it accepts neither."""
    chosen = request.get_preferred_type(["application/json", "text/csv"])
    notes = Note.objects.order_by("id")
    if chosen is None:
        return HttpResponse(status=406)
    if chosen == "text/csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        writer = csv.writer(response)
        writer.writerow(["id", "text"])
        writer.writerows([note.pk, note.text] for note in notes)
        return response
    return JsonResponse({"notes": [note.text for note in notes]})
