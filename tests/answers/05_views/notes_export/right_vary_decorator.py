"""Right: @vary_on_headers("Accept") on the view, and a table of renderers keyed by media type; get_preferred_type()
picks from its keys in order, so JSON, listed first, wins for */*."""
import csv
import io

from django.views.decorators.vary import vary_on_headers


def render_json(notes):
    return JsonResponse({"notes": [note.text for note in notes]})


def render_csv(notes):
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["id", "text"], *([note.pk, note.text] for note in notes)])
    return HttpResponse(buffer.getvalue(), content_type="text/csv")


RENDERERS = {"application/json": render_json, "text/csv": render_csv}


@vary_on_headers("Accept")
def notes_export(request):
    """Send the notes as JSON or CSV, whichever the client prefers; 406 if it accepts neither."""
    chosen = request.get_preferred_type(list(RENDERERS))
    if chosen is None:
        return HttpResponse("Acceptable: " + ", ".join(RENDERERS), status=406, content_type="text/plain")
    return RENDERERS[chosen](Note.objects.order_by("id"))
