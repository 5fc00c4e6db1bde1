"""Wrong: Argon2 first and PBKDF2 kept, but the other default hashers are dropped: users whose hashes are pbkdf2_sha1, scrypt or bcrypt_sha256 can no longer log in."""
def argon2_hashers():
    """Return the PASSWORD_HASHERS list: Argon2 for new passwords, every default hash still checked and upgraded."""
    return [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
