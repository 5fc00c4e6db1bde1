"""Wrong: values("name") before annotate() groups by name, so two authors with one name become one row."""
def author_report():
    """Return [(name, published books, awards), ...] for every author, by name, in one query."""
    rows = (
        Author.objects.values("name")
        .annotate(published_books=Count("books", filter=Q(books__published=True), distinct=True),
                  award_count=Count("awards", distinct=True))
        .order_by("name")
    )
    return [(row["name"], row["published_books"], row["award_count"]) for row in rows]
