"""Wrong: signed cookies keep the data in the cookie itself, readable by the client, and write no file on the server."""
def session_settings(directory):
    """Return the settings for file sessions in directory, with an HTTPS-only cookie that dies with the browser."""
    return {
        "SESSION_ENGINE": "django.contrib.sessions.backends.signed_cookies",
        "SESSION_FILE_PATH": str(directory),
        "SESSION_COOKIE_SECURE": True,
        "SESSION_EXPIRE_AT_BROWSER_CLOSE": True,
        "SESSION_COOKIE_AGE": 3600,
    }
