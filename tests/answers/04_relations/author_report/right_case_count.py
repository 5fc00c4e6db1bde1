"""Right, differently: Count over a Case that yields the book only when it is published, distinct per joined id."""
from django.db.models import Case, When


def author_report():
    """Return [(name, published books, awards), ...] for every author, by name, in one query."""
    authors = Author.objects.annotate(
        published_books=Count(Case(When(books__published=True, then="books")), distinct=True),
        award_count=Count("awards__id", distinct=True),
    ).order_by("name")
    return [tuple(row) for row in authors.values_list("name", "published_books", "award_count")]
