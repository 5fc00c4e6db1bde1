"""Renders the template without the request (get_template().render(context)), the anti-pattern of section 1.

Status and count are right, but no context processor runs: the footer says "anonymous at " for a logged-in user.
"""
from django.template.loader import get_template


def notes_report(request):
    """Render notes/report.html with the year's note count; a 400 with an error when ?year= is not an integer."""
    template = get_template("notes/report.html")
    try:
        year = int(request.GET["year"])
    except (KeyError, ValueError):
        return HttpResponse(template.render({"error": "Give the year as ?year=2024."}), status=400)
    count = Note.objects.filter(year=year).count()
    return HttpResponse(template.render({"year": year, "count": count}))
