"""Wrong: passes a function, which the template calls at each use: a page that reads unread_count twice runs two queries."""
def notifications(request):
    """Give templates unread_count, the user's unread notifications, counted only when a template reads it."""
    def count():
        if not request.user.is_authenticated:
            return 0
        return Notification.objects.filter(user=request.user, read=False).count()

    return {"unread_count": count}
