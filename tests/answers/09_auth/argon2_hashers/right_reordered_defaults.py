"""Right, differently: a new list built from Django's default one, with Argon2 moved to the front and nothing dropped."""
from django.conf import global_settings


def argon2_hashers():
    """Return the PASSWORD_HASHERS list: Argon2 for new passwords, every default hash still checked and upgraded."""
    argon2 = "django.contrib.auth.hashers.Argon2PasswordHasher"
    return [argon2, *(dotted for dotted in global_settings.PASSWORD_HASHERS if dotted != argon2)]
