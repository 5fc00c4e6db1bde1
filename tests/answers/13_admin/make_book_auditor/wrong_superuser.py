"""Wrong (the anti-pattern): a superuser can view the books, but also change them and open every other model."""
def make_book_auditor(username):
    """Create and return a user who can open the admin and view books, and do nothing else."""
    return User.objects.create_superuser(username, password=None)
