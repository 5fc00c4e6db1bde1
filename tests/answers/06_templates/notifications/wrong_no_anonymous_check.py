"""Wrong: filters on request.user even for an anonymous visitor, whose AnonymousUser is no row: the query raises TypeError."""
def notifications(request):
    """Give templates unread_count, the user's unread notifications, counted only when a template reads it."""
    return {"unread_count": SimpleLazyObject(lambda: Notification.objects.filter(user=request.user, read=False).count())}
