"""Starts each method from Book.objects instead of self, so chaining drops the conditions already applied."""
class BookQuerySet(models.QuerySet):
    """Book queries that chain, e.g. BookQuerySet(Book).available().in_genre("scifi")."""

    def available(self):
        """Return the books of this QuerySet that have at least one copy in stock."""
        return Book.objects.filter(stock__gt=0)

    def in_genre(self, genre):
        """Return the books of this QuerySet in genre."""
        return Book.objects.filter(genre=genre)
