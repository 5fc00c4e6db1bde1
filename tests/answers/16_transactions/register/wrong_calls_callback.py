"""Wrong: on_commit(send_welcome(email)) calls send_welcome at once and passes its result, None, which on_commit() refuses with TypeError."""
def register(email):
    """Create and return the Member with this email; send the welcome email once it is committed."""
    with transaction.atomic():
        member = Member.objects.create(email=email)
        transaction.on_commit(send_welcome(email), robust=True)
    return member
