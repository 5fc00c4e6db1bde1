"""Right, written differently: the callback catches the mail server's error itself instead of robust=True."""
def register(email):
    """Create and return the Member with this email; send the welcome email once it is committed."""
    def welcome():
        try:
            send_welcome(email)
        except ConnectionError:
            pass  # the member is registered; the email can be sent again later

    with transaction.atomic():
        member = Member.objects.create(email=email)
        transaction.on_commit(welcome)
    return member
