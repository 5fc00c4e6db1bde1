"""Right: UserPassesTestMixin alone. An anonymous user fails test_func() too, and AccessMixin's
handle_no_permission() redirects those to log in and gives logged-in users the 403."""
from django.contrib.auth.mixins import UserPassesTestMixin


class StaffNotesView(UserPassesTestMixin, View):
    """Count the notes, for staff users only."""

    def test_func(self):
        return self.request.user.is_staff

    def get(self, request):
        return JsonResponse({"notes": Note.objects.count()})
