"""Right, differently: a lambda calling User.email_user(), registered with robust=True so a failing mail server cannot break the other on_commit callbacks."""
@receiver(post_save, sender=User, dispatch_uid="send_welcome")
def send_welcome(sender, instance, created, raw, **kwargs):
    """Email each new user "Welcome", once the transaction that created them has committed."""
    if raw or not created:
        return
    user = instance
    transaction.on_commit(lambda: user.email_user("Welcome", "Your account is ready."), robust=True)
