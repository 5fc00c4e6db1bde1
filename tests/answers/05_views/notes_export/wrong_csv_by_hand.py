"""Writes the CSV by joining strings: a text with a comma or a quote ('Say "hi", then leave') breaks its row, where
the csv module quotes the field."""
from django.views.decorators.vary import vary_on_headers


@vary_on_headers("Accept")
def notes_export(request):
    """Send the notes as JSON or CSV, whichever the client prefers; 406 if it accepts neither."""
    chosen = request.get_preferred_type(["application/json", "text/csv"])
    notes = Note.objects.order_by("id")
    if chosen is None:
        return HttpResponse(status=406)
    if chosen == "text/csv":
        lines = ["id,text"] + [f"{note.pk},{note.text}" for note in notes]
        return HttpResponse("\n".join(lines) + "\n", content_type="text/csv")
    return JsonResponse({"notes": [note.text for note in notes]})
