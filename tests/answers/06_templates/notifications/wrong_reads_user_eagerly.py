"""Wrong: checks request.user at once, on every page, and only the count is lazy: in a real request that loads
the session and the user (two queries) on pages that never show the count."""
def notifications(request):
    """Give templates unread_count, the user's unread notifications, counted only when a template reads it."""
    if not request.user.is_authenticated:
        return {"unread_count": 0}
    return {"unread_count": SimpleLazyObject(
        lambda: Notification.objects.filter(user=request.user, read=False).count())}
