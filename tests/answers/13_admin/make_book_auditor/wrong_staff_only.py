"""Wrong: staff without permissions gets into the admin but sees nothing: 403 on the books."""
def make_book_auditor(username):
    """Create and return a user who can open the admin and view books, and do nothing else."""
    return User.objects.create_user(username, is_staff=True)
