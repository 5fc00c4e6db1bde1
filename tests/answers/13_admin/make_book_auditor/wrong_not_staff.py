"""Wrong: the view permission without is_staff; the admin sends a user who is not staff to its login page."""
def make_book_auditor(username):
    """Create and return a user who can open the admin and view books, and do nothing else."""
    user = User.objects.create_user(username)
    user.user_permissions.add(Permission.objects.get(codename="view_book"))
    return user
