"""Right, written differently: Manager.from_queryset() builds the manager, exclude(stock=0) (the column is NOT NULL) and a Q object."""
class ShelfQuerySet(models.QuerySet):
    """Book queries that chain: Shelf.objects.filter(...).available().in_genre("scifi")."""

    def available(self):
        """Return the books of this QuerySet that have at least one copy in stock."""
        return self.exclude(stock=0)

    def in_genre(self, genre):
        """Return the books of this QuerySet in exactly this genre."""
        return self.filter(Q(genre=genre))


ShelfManager = models.Manager.from_queryset(ShelfQuerySet)


class Shelf(Book):
    """The books, through a manager whose query methods work on it and after filter()."""

    objects = ShelfManager()

    class Meta:
        proxy = True
