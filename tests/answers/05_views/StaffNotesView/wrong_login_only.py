"""Requires a login but not staff: bob, logged in and not staff, gets the data instead of a 403."""
from django.contrib.auth.mixins import LoginRequiredMixin


class StaffNotesView(LoginRequiredMixin, View):
    """Count the notes, for staff users only."""

    def get(self, request):
        return JsonResponse({"notes": Note.objects.count()})
