"""Right: a TemplateResponse (rendered later, with the request, so context processors run), one return for both cases."""
from django.template.response import TemplateResponse


def notes_report(request):
    """Render notes/report.html with the year's note count; a 400 with an error when ?year= is not an integer."""
    raw = request.GET.get("year", "")
    try:
        year = int(raw)
    except ValueError:
        context, status = {"error": f"{raw!r} is not a year"}, 400
    else:
        context, status = {"year": year, "count": Note.objects.filter(year=year).count()}, 200
    return TemplateResponse(request, "notes/report.html", context, status=status)
