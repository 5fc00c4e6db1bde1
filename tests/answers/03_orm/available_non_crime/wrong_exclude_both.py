"""exclude() with two conditions excludes rows matching both: NOT (crime AND out of stock)."""
def available_non_crime():
    return Book.objects.exclude(genre="crime", in_stock=False).order_by("title")
