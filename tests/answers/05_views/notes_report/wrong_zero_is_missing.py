"""Tests the year for truth (`if not year`): ?year=0, an integer, is answered 400 as if it were missing."""


def notes_report(request):
    """Render notes/report.html with the year's note count; a 400 with an error when ?year= is not an integer."""
    try:
        year = int(request.GET.get("year") or 0)
    except ValueError:
        year = 0
    if not year:
        return render(request, "notes/report.html", {"error": "Give the year as ?year=2024."}, status=400)
    return render(request, "notes/report.html", {"year": year, "count": Note.objects.filter(year=year).count()})
