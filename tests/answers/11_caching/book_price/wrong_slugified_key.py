"""Wrong: slugify() makes keys without spaces, but 'Dune: Messiah' and 'dune messiah' get the same key, and long titles still give keys over 250 characters."""
from django.utils.text import slugify


def book_price(title):
    """Return the price of the book with this title, or None; every answer cached for 5 minutes."""
    return cache.get_or_set(
        "book_price:" + slugify(title),
        lambda: Book.objects.filter(title=title).values_list("price", flat=True).first(),
        300,
    )
