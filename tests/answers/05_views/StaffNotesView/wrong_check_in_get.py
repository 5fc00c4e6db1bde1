"""Checks the user inside get(): GET behaves, but a post() added later in a subclass is not protected at all, where a
check in dispatch() (what the access mixins do) runs before every handler."""
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


class StaffNotesView(View):
    """Count the notes, for staff users only."""

    def get(self, request):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_staff:
            raise PermissionDenied
        return JsonResponse({"notes": Note.objects.count()})
