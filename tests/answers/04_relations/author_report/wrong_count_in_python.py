"""Wrong: one query over the joined rows, de-duplicated and counted in Python: right numbers, but it transfers every book x award row instead of letting the database count."""
def author_report():
    """Return [(name, published books, awards), ...] for every author, by name, in one query."""
    books, awards = {}, {}
    rows = Author.objects.values_list("name", "books__id", "books__published", "awards__id").order_by("name")
    for name, book_id, published, award_id in rows:
        books.setdefault(name, set())
        awards.setdefault(name, set())
        if book_id is not None and published:
            books[name].add(book_id)
        if award_id is not None:
            awards[name].add(award_id)
    return [(name, len(books[name]), len(awards[name])) for name in books]
