"""Right, written differently: one create() needs no atomic() of its own; a lambda registered with robust=True sends after the commit (at once in autocommit)."""
def register(email):
    """Create and return the Member with this email; send the welcome email once it is committed."""
    member = Member.objects.create(email=email)
    transaction.on_commit(lambda: send_welcome(member.email), robust=True)
    return member
