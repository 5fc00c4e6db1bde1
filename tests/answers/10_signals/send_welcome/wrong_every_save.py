"""Wrong: waits for the commit, but ignores created, so every later save of the user sends another welcome."""
def send_welcome(sender, instance, raw, **kwargs):
    """Email each new user "Welcome", once the transaction that created them has committed."""
    if not raw:
        transaction.on_commit(partial(mail.send_mail, "Welcome", "Hello!", None, [instance.email]))


post_save.connect(send_welcome, sender=User, dispatch_uid="send_welcome")
