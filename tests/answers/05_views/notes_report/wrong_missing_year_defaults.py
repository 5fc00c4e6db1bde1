"""Treats a missing year as 2024 (a "friendly" default) instead of a 400: only a non-integer year is an error."""


def notes_report(request):
    """Render notes/report.html with the year's note count; a 400 with an error when ?year= is not an integer."""
    try:
        year = int(request.GET.get("year", "2024"))
    except ValueError:
        return render(request, "notes/report.html", {"error": "Give the year as ?year=2024."}, status=400)
    count = Note.objects.filter(year=year).count()
    return render(request, "notes/report.html", {"year": year, "count": count})
