"""Right, differently: built with dict(), relies on HttpOnly's default (True), and also tightens SameSite to Strict, which the task allows."""
from datetime import timedelta


def session_settings(directory):
    """Return the settings for file sessions in directory, with an HTTPS-only cookie that dies with the browser."""
    return dict(
        SESSION_ENGINE="django.contrib.sessions.backends.file",
        SESSION_FILE_PATH=directory,
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_EXPIRE_AT_BROWSER_CLOSE=True,
        SESSION_COOKIE_AGE=int(timedelta(hours=1).total_seconds()),
    )
