"""Right, differently: an object whose cached_property counts on first use, shown through __str__ and __bool__."""
from functools import cached_property


class UnreadCount:
    """The unread count of a request's user, counted when first shown or tested."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def value(self):
        user = self.request.user
        return Notification.objects.filter(user=user, read=False).count() if user.is_authenticated else 0

    def __str__(self):
        return str(self.value)

    def __bool__(self):
        return bool(self.value)


def notifications(request):
    """Give templates unread_count, the user's unread notifications, counted only when a template reads it."""
    return {"unread_count": UnreadCount(request)}
