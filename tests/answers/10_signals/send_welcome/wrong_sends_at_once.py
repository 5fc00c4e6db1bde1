"""Wrong: the anti-pattern of section 4, sending from the receiver itself: the email goes out inside the transaction, even for a user whose creation then rolls back."""
def send_welcome(sender, instance, created, raw, **kwargs):
    """Email each new user "Welcome", once the transaction that created them has committed."""
    if created and not raw:
        mail.send_mail("Welcome", f"Hello {instance.username}!", None, [instance.email])


post_save.connect(send_welcome, sender=User, dispatch_uid="send_welcome")
