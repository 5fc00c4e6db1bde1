"""Wrong: keeps each user's count in a module-level dict, so after a notification is read the count stays stale."""
_counts = {}


def notifications(request):
    """Give templates unread_count, the user's unread notifications, counted only when a template reads it."""
    def count():
        if not request.user.is_authenticated:
            return 0
        if request.user.pk not in _counts:
            _counts[request.user.pk] = Notification.objects.filter(user=request.user, read=False).count()
        return _counts[request.user.pk]

    return {"unread_count": SimpleLazyObject(count)}
