"""Wrong: Argon2 is added at the end, as if the list were a set of allowed hashers; the FIRST hasher hashes new passwords, so new hashes stay PBKDF2 and nobody is upgraded."""
def argon2_hashers():
    """Return the PASSWORD_HASHERS list: Argon2 for new passwords, every default hash still checked and upgraded."""
    return [
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
        "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
        "django.contrib.auth.hashers.ScryptPasswordHasher",
        "django.contrib.auth.hashers.Argon2PasswordHasher",
    ]
