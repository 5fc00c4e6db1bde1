"""Writes a put() that answers 405 "to be explicit": View now lists PUT in the Allow header of every 405 and OPTIONS,
so clients are told PUT is served while it never is."""
from django.http import HttpResponseNotAllowed


class NoteListView(View):
    """List the notes (of one year, if year is set) as JSON on GET; create one on POST."""

    year = None

    def get(self, request):
        notes = Note.objects.order_by("id")
        if self.year is not None:
            notes = notes.filter(year=self.year)
        return JsonResponse({"notes": [note.text for note in notes]})

    def post(self, request):
        text = request.POST.get("text", "").strip()
        if not text:
            return JsonResponse({"error": "a note needs a text"}, status=400)
        note = Note.objects.create(text=text, year=self.year or 2024)
        return JsonResponse({"id": note.pk, "text": note.text}, status=201)

    def put(self, request):
        return HttpResponseNotAllowed(self._allowed_methods())
