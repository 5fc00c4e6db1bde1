"""Right, differently: the ORM compares Lower("title") with the lower-cased term through contains, which escapes the wildcards; lower-casing both sides ignores case on every database."""
from django.db.models.functions import Lower


def search(term):
    """Return the titles (by title) of the books whose title contains term, case-insensitively, matched literally."""
    books = Book.objects.annotate(lower_title=Lower("title")).filter(lower_title__contains=term.lower())
    return list(books.order_by("title").values_list("title", flat=True))
