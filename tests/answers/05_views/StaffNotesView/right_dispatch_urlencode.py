"""Right: a dispatch() of its own, no mixin; the login redirect is built by hand with urlencode(), which writes the
slashes of next= as %2F: another spelling of the same value, once the query string is decoded."""
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect


class StaffNotesView(View):
    """Count the notes, for staff users only."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return HttpResponseRedirect(f"{settings.LOGIN_URL}?{urlencode({'next': request.get_full_path()})}")
        if not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return JsonResponse({"notes": Note.objects.count()})
