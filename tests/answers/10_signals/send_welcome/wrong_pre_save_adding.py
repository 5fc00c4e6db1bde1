"""Wrong: registers the email in pre_save, before the INSERT; in autocommit on_commit runs it at once, even if the INSERT then fails."""
def send_welcome(sender, instance, raw, **kwargs):
    """Email each new user "Welcome", once the transaction that created them has committed."""
    if instance._state.adding and not raw:
        transaction.on_commit(partial(mail.send_mail, "Welcome", "Hello!", None, [instance.email]))


pre_save.connect(send_welcome, sender=User, dispatch_uid="send_welcome")
