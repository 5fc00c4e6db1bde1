"""Right: a class-based view routed as note_detail; View serves HEAD with get() and answers 405 with Allow itself."""
from django.http import Http404


class NoteDetail(View):
    def note(self):
        try:
            return Note.objects.get(pk=self.kwargs["pk"])
        except Note.DoesNotExist:
            raise Http404(f"no note {self.kwargs['pk']}") from None

    def get(self, request, pk):
        note = self.note()
        return JsonResponse({"id": note.pk, "text": note.text, "year": note.year})

    def delete(self, request, pk):
        self.note().delete()
        return HttpResponse(status=204)


note_detail = NoteDetail.as_view()
