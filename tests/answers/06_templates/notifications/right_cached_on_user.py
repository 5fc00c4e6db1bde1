"""Right, differently: a callable that caches the count on the request's user object (as ModelBackend caches permissions)."""
def notifications(request):
    """Give templates unread_count, the user's unread notifications, counted only when a template reads it."""
    def unread_count():
        user = request.user
        if not user.is_authenticated:
            return 0
        if not hasattr(user, "_unread_count_cache"):
            user._unread_count_cache = Notification.objects.filter(user=user, read=False).count()
        return user._unread_count_cache

    return {"unread_count": unread_count}
