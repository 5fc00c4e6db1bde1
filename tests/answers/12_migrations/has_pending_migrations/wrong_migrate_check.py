"""Wrong (the anti-pattern): migrate --check reports unapplied migrations, not model changes that have no file."""
def has_pending_migrations(app_label):
    """Return True if the app's models have changes that no migration file describes yet."""
    try:
        call_command("migrate", app_label, "--check", verbosity=0)
    except SystemExit as exit:
        return exit.code != 0
    return False
