"""Wrong: ignores raw, so users loaded from a fixture (loaddata) are sent a welcome email."""
def send_welcome(sender, instance, created, **kwargs):
    """Email each new user "Welcome", once the transaction that created them has committed."""
    if created:
        transaction.on_commit(partial(mail.send_mail, "Welcome", "Hello!", None, [instance.email]))


post_save.connect(send_welcome, sender=User, dispatch_uid="send_welcome")
