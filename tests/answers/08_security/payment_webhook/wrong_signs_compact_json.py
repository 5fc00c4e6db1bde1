"""Wrong: verifies the HMAC of the JSON parsed and re-serialised compactly, not of the raw body: it matches provider_sends() only because that sends compact JSON, and refuses a genuine body written with spaces or raw UTF-8."""
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def payment_webhook(request):
    """Record a payment event whose X-Signature is the HMAC-SHA256 of the raw body; 403 otherwise."""
    event = json.loads(request.body)
    canonical = json.dumps(event, separators=(",", ":")).encode()
    expected = hmac.new(WEBHOOK_SECRET, canonical, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        return HttpResponse("Bad signature", status=403)
    PAYMENTS.append(event)
    return HttpResponse("ok")
