"""Wrong (the anti-pattern): sends the email right after create(), inside the transaction, so a registration rolled back by the caller still gets one."""
def register(email):
    """Create and return the Member with this email; send the welcome email once it is committed."""
    with transaction.atomic():
        member = Member.objects.create(email=email)
        send_welcome(email)
    return member
