"""Right, differently: the @receiver decorator with the user model named lazily (settings.AUTH_USER_MODEL, as a reusable app must), and an early return."""
from django.conf import settings


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="create_profile")
def create_profile(sender, instance, created, raw, **kwargs):
    """Give each newly created user a Profile; nothing on updates, nothing while a fixture loads."""
    if raw or not created:
        return
    Profile.objects.create(user=instance)
