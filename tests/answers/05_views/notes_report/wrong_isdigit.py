"""Checks the year with str.isdigit(): "²" passes it and then int("²") raises ValueError, a 500 instead of a 400."""
def notes_report(request):
    year = request.GET.get("year", "")
    if not year.isdigit():
        return render(request, "notes/report.html", {"error": "bad year"}, status=400)
    year = int(year)
    return render(request, "notes/report.html", {"year": year, "count": Note.objects.filter(year=year).count()})
