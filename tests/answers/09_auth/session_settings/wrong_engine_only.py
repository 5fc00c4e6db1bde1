"""Wrong: the well-known answer, only SESSION_ENGINE: without SESSION_FILE_PATH the files go elsewhere (the temp directory by default), and the cookie keeps its defaults (no Secure, two weeks)."""
def session_settings(directory):
    """Return the settings for file sessions in directory, with an HTTPS-only cookie that dies with the browser."""
    return {"SESSION_ENGINE": "django.contrib.sessions.backends.file"}
