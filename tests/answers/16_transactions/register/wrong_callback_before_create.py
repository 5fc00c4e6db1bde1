"""Wrong: registers the callback before create() in autocommit, where it runs at once, so a registration that then fails has sent its email."""
def register(email):
    """Create and return the Member with this email; send the welcome email once it is committed."""
    transaction.on_commit(partial(send_welcome, email), robust=True)
    return Member.objects.create(email=email)
