"""Wrong: signs the JSON after parsing and re-serialising it; json.dumps() adds spaces the provider did not send, so a genuine signature never matches."""
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def payment_webhook(request):
    """Record a payment event whose X-Signature is the HMAC-SHA256 of the raw body; 403 otherwise."""
    event = json.loads(request.body)
    expected = hmac.new(WEBHOOK_SECRET, json.dumps(event).encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        return HttpResponse("Bad signature", status=403)
    PAYMENTS.append(event)
    return HttpResponse("ok")
