"""Keeps the notes QuerySet on the class, the anti-pattern of section 3: the first GET evaluates it, and every later
request of the process reuses that result, so a note created afterwards never appears in GET /notes/."""


class NoteListView(View):
    """List the notes (of one year, if year is set) as JSON on GET; create one on POST."""

    year = None
    notes = Note.objects.order_by("id")

    def get(self, request):
        notes = self.notes if self.year is None else self.notes.filter(year=self.year)
        return JsonResponse({"notes": [note.text for note in notes]})

    def post(self, request):
        text = request.POST.get("text", "").strip()
        if not text:
            return JsonResponse({"error": "a note needs a text"}, status=400)
        note = Note.objects.create(text=text, year=self.year or 2024)
        return JsonResponse({"id": note.pk, "text": note.text}, status=201)
