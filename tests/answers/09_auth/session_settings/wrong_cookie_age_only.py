"""Wrong: a one-hour SESSION_COOKIE_AGE alone gives the cookie Max-Age=3600, so the browser keeps it across restarts for that hour."""
def session_settings(directory):
    """Return the settings for file sessions in directory, with an HTTPS-only cookie that dies with the browser."""
    return {
        "SESSION_ENGINE": "django.contrib.sessions.backends.file",
        "SESSION_FILE_PATH": str(directory),
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_AGE": 3600,
    }
