"""Wrong: an anonymous visitor's count falls off the end of the function, so unread_count is None, not 0."""
def notifications(request):
    """Give templates unread_count, the user's unread notifications, counted only when a template reads it."""
    def count():
        if request.user.is_authenticated:
            return Notification.objects.filter(user=request.user, read=False).count()

    return {"unread_count": SimpleLazyObject(count)}
