"""Wrong: keeps the cart sorted (a set, then sorted()), so a book added after higher ids is not last: the cart must keep the order the books were added in."""
from django.http import JsonResponse


def add_to_cart(request, book_id):
    cart = sorted({*request.session.get("cart", []), book_id})
    request.session["cart"] = cart
    return JsonResponse({"cart": cart})
