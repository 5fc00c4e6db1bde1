"""Puts method_decorator(login_required) on get() and checks staff inside it, where section 4 decorates dispatch:
GET behaves, but a post() added later in a subclass is open to anyone."""
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.utils.decorators import method_decorator


class StaffNotesView(View):
    """Count the notes, for staff users only."""

    @method_decorator(login_required)
    def get(self, request):
        if not request.user.is_staff:
            raise PermissionDenied
        return JsonResponse({"notes": Note.objects.count()})
