"""Wrong: on_commit() without robust=True, so a refused email makes register() raise after the member was committed."""
def register(email):
    """Create and return the Member with this email; send the welcome email once it is committed."""
    with transaction.atomic():
        member = Member.objects.create(email=email)
        transaction.on_commit(lambda: send_welcome(email))
    return member
