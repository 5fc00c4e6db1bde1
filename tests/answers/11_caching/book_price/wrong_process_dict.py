"""Wrong: answers kept in a dict of this process with their own expiry time, not in the default cache: other workers never see them."""
_answers = {}


def book_price(title):
    """Return the price of the book with this title, or None; every answer cached for 5 minutes."""
    hit = _answers.get(title)
    if hit is not None and hit[1] > time.time():
        return hit[0]
    price = Book.objects.filter(title=title).values_list("price", flat=True).first()
    _answers[title] = (price, time.time() + 300)
    return price
