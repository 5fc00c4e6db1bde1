"""Filters in Python and re-queries with pk__in: each call runs a query while the QuerySet is being built."""
class BookQuerySet(models.QuerySet):
    """Book queries that chain: Shelf.objects.filter(...).available().in_genre("scifi")."""

    def available(self):
        """Return the books of this QuerySet that have at least one copy in stock."""
        return self.filter(pk__in=[book.pk for book in self if book.stock > 0])

    def in_genre(self, genre):
        """Return the books of this QuerySet in exactly this genre."""
        return self.filter(pk__in=[book.pk for book in self if book.genre == genre])


class Shelf(Book):
    """The books, through a manager whose query methods work on it and after filter()."""

    objects = BookQuerySet.as_manager()

    class Meta:
        proxy = True
