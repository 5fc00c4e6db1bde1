"""Writes the methods on a Manager subclass: they exist only on the manager, so they cannot chain after filter()."""
class BookQuerySet(models.Manager):
    """Book queries that chain, e.g. BookQuerySet(Book).available().in_genre("scifi")."""

    def available(self):
        """Return the books of this QuerySet that have at least one copy in stock."""
        return self.get_queryset().filter(stock__gt=0)

    def in_genre(self, genre):
        """Return the books of this QuerySet in genre."""
        return self.get_queryset().filter(genre=genre)
