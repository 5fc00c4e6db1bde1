"""Wrong: appends to the list inside the session, which does not mark the session modified: the response shows the book, but it is not saved after the first request."""
from django.http import JsonResponse


def add_to_cart(request, book_id):
    """Add book_id to the visitor's cart (a list in the session, each id once) and answer with the whole cart."""
    cart = request.session.setdefault("cart", [])
    if book_id not in cart:
        cart.append(book_id)
    return JsonResponse({"cart": cart})
