"""Wrong: view permissions on every model of the app, so the auditor also sees the authors."""
def make_book_auditor(username):
    """Create and return a user who can open the admin and view books, and do nothing else."""
    user = User.objects.create_user(username, is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__startswith="view_", content_type__app_label="notebook"))
    return user
