"""Ends each method with order_by("pk"): the ordering the caller chose before is replaced."""
class BookQuerySet(models.QuerySet):
    """Book queries that chain: Shelf.objects.filter(...).available().in_genre("scifi")."""

    def available(self):
        """Return the books of this QuerySet that have at least one copy in stock."""
        return self.filter(stock__gt=0).order_by("pk")

    def in_genre(self, genre):
        """Return the books of this QuerySet in exactly this genre."""
        return self.filter(genre=genre).order_by("pk")


class Shelf(Book):
    """The books, through a manager whose query methods work on it and after filter()."""

    objects = BookQuerySet.as_manager()

    class Meta:
        proxy = True
