"""Wrong: the right order, but built by editing Django's own global_settings.PASSWORD_HASHERS in place, which changes the default for everything else in the process."""
from django.conf import global_settings


def argon2_hashers():
    """Return the PASSWORD_HASHERS list: Argon2 for new passwords, every default hash still checked and upgraded."""
    hashers = global_settings.PASSWORD_HASHERS
    argon2 = "django.contrib.auth.hashers.Argon2PasswordHasher"
    hashers.remove(argon2)
    hashers.insert(0, argon2)
    return hashers
