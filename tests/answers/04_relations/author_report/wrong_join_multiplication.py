"""Wrong: two Counts over two relations without distinct=True: the JOINs multiply the rows."""
def author_report():
    """Return [(name, published books, awards), ...] for every author, by name, in one query."""
    authors = Author.objects.annotate(
        published_books=Count("books", filter=Q(books__published=True)),
        award_count=Count("awards"),
    ).order_by("name")
    return list(authors.values_list("name", "published_books", "award_count"))
