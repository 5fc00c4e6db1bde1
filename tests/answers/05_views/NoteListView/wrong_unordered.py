"""Lists Note.objects.all() without order_by("id"): the order is whatever the database returns (SQLite happens to use the id)."""
class NoteListView(View):
    year = None

    def get(self, request):
        notes = Note.objects.all()
        if self.year is not None:
            notes = notes.filter(year=self.year)
        return JsonResponse({"notes": [n.text for n in notes]})

    def post(self, request):
        text = request.POST.get("text", "")
        if not text:
            return JsonResponse({"error": "a note needs a text"}, status=400)
        note = Note.objects.create(text=text, year=2024 if self.year is None else self.year)
        return JsonResponse({"id": note.pk, "text": note.text}, status=201)
