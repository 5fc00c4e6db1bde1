"""Right, written differently: a Manager subclass whose get_queryset() returns the QuerySet subclass, and whose methods delegate to it."""
class BookQuerySet(models.QuerySet):
    """Book queries that chain: Shelf.objects.filter(...).available().in_genre("scifi")."""

    def available(self):
        """Return the books of this QuerySet that have at least one copy in stock."""
        return self.filter(stock__gt=0)

    def in_genre(self, genre):
        """Return the books of this QuerySet in exactly this genre."""
        return self.filter(genre=genre)


class ShelfManager(models.Manager):
    """The manager: hands out BookQuerySets, so the methods work after filter() too."""

    def get_queryset(self):
        return BookQuerySet(self.model, using=self._db)

    def available(self):
        return self.get_queryset().available()

    def in_genre(self, genre):
        return self.get_queryset().in_genre(genre)


class Shelf(Book):
    """The books, through a manager whose query methods work on it and after filter()."""

    objects = ShelfManager()

    class Meta:
        proxy = True
