"""Wrong: view and change permissions give the auditor a Save button and let a POSTed change through."""
def make_book_auditor(username):
    """Create and return a user who can open the admin and view books, and do nothing else."""
    user = User.objects.create_user(username, is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["view_book", "change_book"]))
    return user
