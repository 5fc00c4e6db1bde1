"""Right, differently: a class-based view, exempted on dispatch() with method_decorator, serving POST only (View answers 405 to the rest)."""
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt


@method_decorator(csrf_exempt, name="dispatch")
class PaymentWebhook(View):
    http_method_names = ["post"]

    def post(self, request):
        signature = request.META.get("HTTP_X_SIGNATURE", "")
        digest = hmac.digest(WEBHOOK_SECRET, request.body, "sha256").hex()
        if not hmac.compare_digest(digest.encode(), signature.encode()):
            return HttpResponse(status=403)
        PAYMENTS.append(json.loads(request.body.decode()))
        return JsonResponse({"received": True})


payment_webhook = PaymentWebhook.as_view()
