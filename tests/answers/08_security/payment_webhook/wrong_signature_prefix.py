"""Wrong: accepts any signature the expected one starts with, so a truncated signature (a few hex digits, guessable) passes."""
from django.views.decorators.csrf import csrf_exempt
@csrf_exempt
def payment_webhook(request):
    if request.method != "POST":
        return HttpResponse(status=405)
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.body, hashlib.sha256).hexdigest()
    if not sig or not expected.startswith(sig):
        return HttpResponse(status=403)
    PAYMENTS.append(json.loads(request.body))
    return HttpResponse("ok")
