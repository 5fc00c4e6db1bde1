"""Wrong: only Argon2 is listed, so no listed hasher can check the existing PBKDF2 hashes: every current user is locked out."""
def argon2_hashers():
    """Return the PASSWORD_HASHERS list: Argon2 for new passwords, every default hash still checked and upgraded."""
    return ["django.contrib.auth.hashers.Argon2PasswordHasher"]
