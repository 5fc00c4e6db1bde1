"""Returns the QuerySet subclass from a Manager's get_queryset() only: its methods chain after filter(), but Shelf.objects.available() does not exist."""
class BookQuerySet(models.QuerySet):
    """Book queries that chain."""

    def available(self):
        """Return the books of this QuerySet that have at least one copy in stock."""
        return self.filter(stock__gt=0)

    def in_genre(self, genre):
        """Return the books of this QuerySet in exactly this genre."""
        return self.filter(genre=genre)


class ShelfManager(models.Manager):
    """A manager that hands out BookQuerySets."""

    def get_queryset(self):
        return BookQuerySet(self.model, using=self._db)


class Shelf(Book):
    """The books, through a manager whose query methods work on it and after filter()."""

    objects = ShelfManager()

    class Meta:
        proxy = True
