"""Wrong: counts distinct titles and prize names, not rows: two editions with one title, or one prize won twice, count once."""
def author_report():
    """Return [(name, published books, awards), ...] for every author, by name, in one query."""
    authors = Author.objects.annotate(
        published_books=Count("books__title", filter=Q(books__published=True), distinct=True),
        award_count=Count("awards__name", distinct=True),
    ).order_by("name")
    return list(authors.values_list("name", "published_books", "award_count"))
