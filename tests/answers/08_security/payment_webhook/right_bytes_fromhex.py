"""Right, differently: require_http_methods(["POST"]) outside csrf_exempt, and the signature compared as bytes (hmac.digest() against bytes.fromhex() of the header)."""
from django.http import HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods


@require_http_methods(["POST"])
@csrf_exempt
def payment_webhook(request):
    """Record a payment event whose X-Signature is the HMAC-SHA256 of the raw body; 403 otherwise."""
    try:
        given = bytes.fromhex(request.META.get("HTTP_X_SIGNATURE", ""))
    except ValueError:
        return HttpResponseForbidden()
    if not hmac.compare_digest(hmac.digest(WEBHOOK_SECRET, request.body, "sha256"), given):
        return HttpResponseForbidden()
    PAYMENTS.append(json.loads(request.body))
    return JsonResponse({"ok": True})
