"""Wrong: two queries, but the second fetches every book as plain values, filters them in Python and builds Book instances only for the ones it keeps."""
from collections import defaultdict


def authors_with_recent_books(since):
    """Return the authors by name, each with .recent_books: their published books since `since`, oldest first."""
    authors = list(Author.objects.order_by("name"))
    by_author = defaultdict(list)
    for row in Book.objects.order_by("year").values():
        if row["published"] and row["year"] >= since:
            by_author[row["author_id"]].append(Book(**row))
    for author in authors:
        author.recent_books = by_author[author.pk]
    return authors
