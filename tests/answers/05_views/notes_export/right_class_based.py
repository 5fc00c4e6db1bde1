"""Right: a class-based view, routed as notes_export, with vary_on_headers on dispatch through method_decorator; the
CSV is written by the csv module into a StringIO."""
import csv
import io

from django.utils.decorators import method_decorator
from django.views.decorators.vary import vary_on_headers


@method_decorator(vary_on_headers("Accept"), name="dispatch")
class NotesExport(View):
    offers = ["application/json", "text/csv"]

    def get(self, request):
        kind = request.get_preferred_type(self.offers)
        notes = list(Note.objects.order_by("pk").values_list("pk", "text"))
        if kind == "application/json":
            return JsonResponse({"notes": [text for _, text in notes]})
        if kind == "text/csv":
            buffer = io.StringIO()
            csv.writer(buffer).writerows([("id", "text"), *notes])
            return HttpResponse(buffer.getvalue(), content_type="text/csv")
        return HttpResponse(status=406)


notes_export = NotesExport.as_view()
