"""Wrong: csrf_exempt with nothing in its place: anyone on the internet can post a fake payment and it is recorded."""
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def payment_webhook(request):
    """Record a payment event whose X-Signature is the HMAC-SHA256 of the raw body; 403 otherwise."""
    if not request.headers.get("X-Signature"):
        return HttpResponse("Missing signature", status=403)
    PAYMENTS.append(json.loads(request.body))
    return HttpResponse("ok")
