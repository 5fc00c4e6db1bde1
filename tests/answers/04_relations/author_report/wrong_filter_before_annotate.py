"""Wrong: filter() before annotate() drops the authors with no published book."""
def author_report():
    """Return [(name, published books, awards), ...] for every author, by name, in one query."""
    authors = (
        Author.objects.filter(books__published=True)
        .annotate(published_books=Count("books", distinct=True), award_count=Count("awards", distinct=True))
        .order_by("name")
    )
    return list(authors.values_list("name", "published_books", "award_count"))
