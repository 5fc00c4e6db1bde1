"""Wrong: no dispatch_uid, so running the cell again connects a second receiver (the old function stays alive under DEBUG) and every new user gets two welcome emails."""
def send_welcome(sender, instance, created, raw, **kwargs):
    """Email each new user "Welcome", once the transaction that created them has committed."""
    if created and not raw:
        transaction.on_commit(partial(mail.send_mail, "Welcome", f"Hello {instance.username}!", None, [instance.email]))


post_save.connect(send_welcome, sender=User)
