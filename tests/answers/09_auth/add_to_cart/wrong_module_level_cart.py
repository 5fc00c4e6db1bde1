"""Wrong: keeps the cart in a module-level list, so every visitor shares one cart, and no session (no cookie) is used at all."""
from django.http import JsonResponse

CART = []


def add_to_cart(request, book_id):
    """Add book_id to the visitor's cart (a list in the session, each id once) and answer with the whole cart."""
    if book_id not in CART:
        CART.append(book_id)
    return JsonResponse({"cart": CART})
