"""Right: a Django form (IntegerField) validates ?year= and gives the error text; render() for both answers."""
from django import forms


class YearForm(forms.Form):
    year = forms.IntegerField()


def notes_report(request):
    """Render notes/report.html with the year's note count; a 400 with an error when ?year= is not an integer."""
    form = YearForm(request.GET)
    if not form.is_valid():
        return render(request, "notes/report.html", {"error": form.errors.as_text()}, status=400)
    year = form.cleaned_data["year"]
    return render(request, "notes/report.html", {"year": year, "count": Note.objects.filter(year=year).count()})
