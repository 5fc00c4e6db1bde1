"""Off by one at the boundary: price__lt drops the books that cost exactly max_price."""
def cheap_books(max_price):
    return Book.objects.filter(price__lt=max_price).order_by("price", "title")
