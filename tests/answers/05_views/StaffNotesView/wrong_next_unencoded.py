"""Pastes the full path into next= without URL-encoding it: with ?page=2&sort=title, sort= becomes a parameter of the login URL."""
from django.conf import settings
from django.http import HttpResponseRedirect
from django.core.exceptions import PermissionDenied
class StaffNotesView(View):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return HttpResponseRedirect(f"{settings.LOGIN_URL}?next={request.get_full_path()}")
        if not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return JsonResponse({"notes": Note.objects.count()})
