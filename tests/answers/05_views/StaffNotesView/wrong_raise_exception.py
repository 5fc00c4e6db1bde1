"""Sets raise_exception = True: anonymous users get a 403 instead of a redirect to the login page."""
from django.contrib.auth.mixins import UserPassesTestMixin


class StaffNotesView(UserPassesTestMixin, View):
    """Count the notes, for staff users only."""

    raise_exception = True

    def test_func(self):
        return self.request.user.is_staff

    def get(self, request):
        return JsonResponse({"notes": Note.objects.count()})
