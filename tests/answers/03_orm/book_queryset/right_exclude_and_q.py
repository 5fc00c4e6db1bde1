"""Right, written differently: exclude() the empty stock (the column is NOT NULL) and a Q object for the genre."""
class BookQuerySet(models.QuerySet):
    """Book queries that chain, e.g. BookQuerySet(Book).available().in_genre("scifi")."""

    def available(self):
        """Return the books of this QuerySet that have at least one copy in stock."""
        return self.exclude(stock=0)

    def in_genre(self, genre):
        """Return the books of this QuerySet in genre."""
        return self.filter(Q(genre=genre))
