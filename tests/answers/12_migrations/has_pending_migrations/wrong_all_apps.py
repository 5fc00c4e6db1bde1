"""Wrong: runs makemigrations --check for every app, so another app's missing migration answers for this one."""
def has_pending_migrations(app_label):
    """Return True if the app's models have changes that no migration file describes yet."""
    try:
        call_command("makemigrations", "--check", "--dry-run", verbosity=0)
    except SystemExit as exit:
        return exit.code != 0
    return False
