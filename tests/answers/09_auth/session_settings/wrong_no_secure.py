"""Wrong: everything but SESSION_COOKIE_SECURE, which is False by default, so the cookie also travels over plain HTTP."""
def session_settings(directory):
    """Return the settings for file sessions in directory, with an HTTPS-only cookie that dies with the browser."""
    return {
        "SESSION_ENGINE": "django.contrib.sessions.backends.file",
        "SESSION_FILE_PATH": str(directory),
        "SESSION_EXPIRE_AT_BROWSER_CLOSE": True,
        "SESSION_COOKIE_AGE": 3600,
    }
