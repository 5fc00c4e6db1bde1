"""Puts the access mixins right of View, the anti-pattern of section 4: View.dispatch() comes first in the MRO and
never calls super(), so no check runs and an anonymous user gets the data."""
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin


class StaffNotesView(View, LoginRequiredMixin, UserPassesTestMixin):
    """Count the notes, for staff users only."""

    def test_func(self):
        return self.request.user.is_staff

    def get(self, request):
        return JsonResponse({"notes": Note.objects.count()})
