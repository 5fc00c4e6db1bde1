"""Wrong: catches the mail server's error around its own atomic(), which helps only in autocommit: inside a caller's transaction the callback raises from the caller's block, after the commit."""
def register(email):
    """Create and return the Member with this email; send the welcome email once it is committed."""
    try:
        with transaction.atomic():
            member = Member.objects.create(email=email)
            transaction.on_commit(partial(send_welcome, email))
    except ConnectionError:
        pass  # the member is committed
    return member
