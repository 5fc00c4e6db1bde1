"""Right: a staff user in an Auditors group that holds only the view_book permission."""
def make_book_auditor(username):
    """Create and return a user who can open the admin and view books, and do nothing else."""
    auditors, _ = Group.objects.get_or_create(name="Book auditors")
    auditors.permissions.set([Permission.objects.get(content_type=ContentType.objects.get_for_model(Book), codename="view_book")])
    user = User.objects.create(username=username, is_staff=True, is_active=True)
    user.groups.add(auditors)
    return user
