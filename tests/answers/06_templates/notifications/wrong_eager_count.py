"""Wrong: counts at once, so every page rendered with a request pays the query, even pages that never show the count."""
def notifications(request):
    """Give templates unread_count, the user's unread notifications, counted only when a template reads it."""
    if not request.user.is_authenticated:
        return {"unread_count": 0}
    return {"unread_count": Notification.objects.filter(user=request.user, read=False).count()}
