"""Right, differently: changes the list in place and then sets request.session.modified = True, so the middleware saves it."""
from django.http import JsonResponse


def add_to_cart(request, book_id):
    """Add book_id to the visitor's cart (a list in the session, each id once) and answer with the whole cart."""
    cart = request.session.setdefault("cart", [])
    if book_id not in cart:
        cart.append(book_id)
        request.session.modified = True
    return JsonResponse({"cart": list(cart)})
