"""Right: a ModelForm validates the text (required, at most 200 characters) and the year is set on the instance before
it is saved; GET reads the texts with values_list()."""
from django import forms


class NoteForm(forms.ModelForm):
    class Meta:
        model = Note
        fields = ["text"]


class NoteListView(View):
    """List the notes (of one year, if year is set) as JSON on GET; create one on POST."""

    year = None

    def get(self, request):
        notes = Note.objects.all() if self.year is None else Note.objects.filter(year=self.year)
        return JsonResponse({"notes": list(notes.order_by("pk").values_list("text", flat=True))})

    def post(self, request):
        form = NoteForm(request.POST)
        if not form.is_valid():
            return JsonResponse({"error": form.errors.as_text()}, status=400)
        note = form.save(commit=False)
        note.year = 2024 if self.year is None else self.year
        note.save()
        return JsonResponse({"id": note.pk, "text": note.text}, status=201)
