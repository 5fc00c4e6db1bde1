"""Right: LoginRequiredMixin for anonymous users, and a dispatch() of its own that raises PermissionDenied (a 403)
for logged-in users who are not staff, before any handler runs."""
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied


class StaffNotesView(LoginRequiredMixin, View):
    """Count the notes, for staff users only."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.is_staff:
            raise PermissionDenied("staff only")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return JsonResponse({"notes": Note.objects.count()})
