"""Wrong: checks the signature but leaves the view CSRF-protected: the provider has no CSRF cookie or token, so its real calls get 403 before the view runs."""
from django.views.decorators.http import require_POST


@require_POST
def payment_webhook(request):
    """Record a payment event whose X-Signature is the HMAC-SHA256 of the raw body; 403 otherwise."""
    expected = hmac.new(WEBHOOK_SECRET, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        return HttpResponse("Bad signature", status=403)
    PAYMENTS.append(json.loads(request.body))
    return HttpResponse("ok")
