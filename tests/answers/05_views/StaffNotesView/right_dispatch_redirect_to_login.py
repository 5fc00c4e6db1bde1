"""Right: a dispatch() of its own, no mixin, with the helper the access mixins use, redirect_to_login(), for
anonymous users and PermissionDenied (a 403) for the others."""
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


class StaffNotesView(View):
    """Count the notes, for staff users only."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return JsonResponse({"notes": Note.objects.count()})
