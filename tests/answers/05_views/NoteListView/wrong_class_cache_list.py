"""Keeps the list in a class attribute, the anti-pattern of section 3, and updates it in its own post(): GET after a
POST through the view looks right, but a note created anywhere else (another process, the admin, a shell) is never
listed, and a note whose transaction rolled back stays listed."""


class NoteListView(View):
    """List the notes (of one year, if year is set) as JSON on GET; create one on POST."""

    year = None
    texts = {}  # year -> [text, ...], shared by every request of the process

    def get(self, request):
        if self.year not in self.texts:
            notes = Note.objects.order_by("id")
            if self.year is not None:
                notes = notes.filter(year=self.year)
            self.texts[self.year] = [note.text for note in notes]
        return JsonResponse({"notes": self.texts[self.year]})

    def post(self, request):
        text = request.POST.get("text", "").strip()
        if not text:
            return JsonResponse({"error": "a note needs a text"}, status=400)
        note = Note.objects.create(text=text, year=self.year or 2024)
        self.texts.setdefault(self.year, []).append(note.text)
        return JsonResponse({"id": note.pk, "text": note.text}, status=201)
