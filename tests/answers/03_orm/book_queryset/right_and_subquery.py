"""Right, written differently: available() combines self with another QuerySet by & (one WHERE with AND), in_genre() spells exact."""
class BookQuerySet(models.QuerySet):
    """Book queries that chain: Shelf.objects.filter(...).available().in_genre("scifi")."""

    def available(self):
        """Return the books of this QuerySet that have at least one copy in stock."""
        return self & self.model.objects.filter(stock__gte=1)

    def in_genre(self, genre):
        """Return the books of this QuerySet in exactly this genre."""
        return self.filter(genre__exact=genre)


class Shelf(Book):
    """The books, through a manager whose query methods work on it and after filter()."""

    objects = BookQuerySet.as_manager()

    class Meta:
        proxy = True
