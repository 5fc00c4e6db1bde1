"""Adds the condition to self.query and returns self: the QuerySet it was called on changes too, so a base QuerySet reused later is narrowed."""
class BookQuerySet(models.QuerySet):
    """Book queries that chain: Shelf.objects.filter(...).available().in_genre("scifi")."""

    def available(self):
        """Return the books of this QuerySet that have at least one copy in stock."""
        self.query.add_q(Q(stock__gt=0))
        return self

    def in_genre(self, genre):
        """Return the books of this QuerySet in exactly this genre."""
        self.query.add_q(Q(genre=genre))
        return self


class Shelf(Book):
    """The books, through a manager whose query methods work on it and after filter()."""

    objects = BookQuerySet.as_manager()

    class Meta:
        proxy = True
