"""Right, differently: dict.fromkeys() drops a repeated id and keeps the first-added order; the new list is assigned, so the session is saved."""
from django.http import JsonResponse


def add_to_cart(request, book_id):
    request.session["cart"] = list(dict.fromkeys([*request.session.get("cart", ()), book_id]))
    return JsonResponse({"cart": request.session["cart"]})
