"""Right: streams the CSV (StreamingHttpResponse and the csv module writing to a pseudo-buffer, as section 7 shows)
and sets Vary with @vary_on_headers("Accept") on every response, the 406 included."""
import csv

from django.http import StreamingHttpResponse
from django.views.decorators.vary import vary_on_headers


class Line:
    """A file-like object whose write() returns the line."""

    def write(self, value):
        return value


def csv_lines(notes):
    writer = csv.writer(Line())
    yield writer.writerow(["id", "text"])
    for note in notes.iterator():
        yield writer.writerow([note.pk, note.text])


@vary_on_headers("Accept")
def notes_export(request):
    """Send the notes as JSON or CSV, whichever the client prefers; 406 if it accepts neither."""
    notes = Note.objects.order_by("id")
    match request.get_preferred_type(["application/json", "text/csv"]):
        case "application/json":
            return JsonResponse({"notes": list(notes.values_list("text", flat=True))})
        case "text/csv":
            return StreamingHttpResponse(csv_lines(notes), content_type="text/csv")
        case _:
            return HttpResponse("JSON or CSV only", status=406, content_type="text/plain")
