"""Right, differently: a function cached per request with functools.cache; the template calls it, the query runs once."""
import functools


def notifications(request):
    """Give templates unread_count, the user's unread notifications, counted only when a template reads it."""
    @functools.cache
    def unread_count():
        user = request.user
        return Notification.objects.filter(user=user, read=False).count() if user.is_authenticated else 0

    return {"unread_count": unread_count}
