"""Wrong: on_commit(send_mail(...)) calls send_mail at once and passes its result (1), which is not a callable: the email goes out early and on_commit raises TypeError."""
def send_welcome(sender, instance, created, raw, **kwargs):
    """Email each new user "Welcome", once the transaction that created them has committed."""
    if created and not raw:
        transaction.on_commit(mail.send_mail("Welcome", "Hello!", None, [instance.email]))


post_save.connect(send_welcome, sender=User, dispatch_uid="send_welcome")
