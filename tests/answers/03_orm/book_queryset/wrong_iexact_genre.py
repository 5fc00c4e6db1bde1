"""Matches the genre with iexact: in_genre("SciFi") also returns the scifi books, and the task says exactly that genre."""
class BookQuerySet(models.QuerySet):
    """Book queries that chain: Shelf.objects.filter(...).available().in_genre("scifi")."""

    def available(self):
        """Return the books of this QuerySet that have at least one copy in stock."""
        return self.filter(stock__gt=0)

    def in_genre(self, genre):
        """Return the books of this QuerySet in exactly this genre."""
        return self.filter(genre__iexact=genre)


class Shelf(Book):
    """The books, through a manager whose query methods work on it and after filter()."""

    objects = BookQuerySet.as_manager()

    class Meta:
        proxy = True
