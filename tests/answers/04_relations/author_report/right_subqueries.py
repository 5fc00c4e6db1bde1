"""Right, differently: each count in its own Subquery, so nothing is joined twice (Coalesce turns NULL into 0)."""
from django.db.models import IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce


def author_report():
    """Return [(name, published books, awards), ...] for every author, by name, in one query."""
    def count_of(qs):
        counted = qs.filter(author=OuterRef("pk")).values("author").annotate(n=Count("id")).values("n")
        return Coalesce(Subquery(counted, output_field=IntegerField()), 0)

    authors = Author.objects.annotate(
        published_books=count_of(Book.objects.filter(published=True)),
        award_count=count_of(Award.objects.all()),
    ).order_by("name")
    return [(a.name, a.published_books, a.award_count) for a in authors]
