"""Sends request.path as next=: the query string is lost, so after logging in the user lands on another page than
the one asked for (/staff/notes/ instead of /staff/notes/?page=2)."""
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


class StaffNotesView(View):
    """Count the notes, for staff users only."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.path)
        if not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return JsonResponse({"notes": Note.objects.count()})
