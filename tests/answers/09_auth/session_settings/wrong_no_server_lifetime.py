"""Wrong: the cookie dies with the browser, but without SESSION_COOKIE_AGE the session lives two weeks on the server: a copied cookie keeps working that long."""
def session_settings(directory):
    """Return the settings for file sessions in directory, with an HTTPS-only cookie that dies with the browser."""
    return {
        "SESSION_ENGINE": "django.contrib.sessions.backends.file",
        "SESSION_FILE_PATH": str(directory),
        "SESSION_COOKIE_SECURE": True,
        "SESSION_EXPIRE_AT_BROWSER_CLOSE": True,
    }
