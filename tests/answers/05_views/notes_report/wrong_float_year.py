"""Converts with int(float(...)): ?year=2024.5 is not an integer, yet it gets a 200 for 2024 instead of a 400."""
def notes_report(request):
    try:
        year = int(float(request.GET["year"]))
    except (KeyError, ValueError):
        return render(request, "notes/report.html", {"error": "bad year"}, status=400)
    return render(request, "notes/report.html", {"year": year, "count": Note.objects.filter(year=year).count()})
