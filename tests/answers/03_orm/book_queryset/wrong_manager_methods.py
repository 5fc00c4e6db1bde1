"""Writes the methods on a Manager subclass: Shelf.objects.available() works, but after filter() the QuerySet has no available()."""
class ShelfManager(models.Manager):
    """Book queries on the manager."""

    def available(self):
        """Return the books that have at least one copy in stock."""
        return self.get_queryset().filter(stock__gt=0)

    def in_genre(self, genre):
        """Return the books in exactly this genre."""
        return self.get_queryset().filter(genre=genre)


class Shelf(Book):
    """The books, through a manager whose query methods work on it and after filter()."""

    objects = ShelfManager()

    class Meta:
        proxy = True
