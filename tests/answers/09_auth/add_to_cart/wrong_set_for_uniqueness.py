"""Wrong: keeps the cart as a set to avoid duplicates, but sessions are stored as JSON: saving raises TypeError (and a set has no order)."""
from django.http import JsonResponse


def add_to_cart(request, book_id):
    """Add book_id to the visitor's cart (a list in the session, each id once) and answer with the whole cart."""
    cart = set(request.session.get("cart", set()))
    cart.add(book_id)
    request.session["cart"] = cart
    return JsonResponse({"cart": sorted(cart)})
