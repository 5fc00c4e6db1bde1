"""Right: sorts the (unpaginated) notes by id in Python instead of ORDER BY; the same list, whatever order the
database returns the rows in."""
from operator import attrgetter


class NoteListView(View):
    """List the notes (of one year, if year is set) as JSON on GET; create one on POST."""

    year = None

    def get(self, request):
        notes = Note.objects.all() if self.year is None else Note.objects.filter(year=self.year)
        return JsonResponse({"notes": [note.text for note in sorted(notes, key=attrgetter("pk"))]})

    def post(self, request):
        text = request.POST.get("text", "")
        if not text:
            return JsonResponse({"error": "a note needs a text"}, status=400)
        note = Note.objects.create(text=text, year=2024 if self.year is None else self.year)
        return JsonResponse({"id": note.pk, "text": note.text}, status=201)
