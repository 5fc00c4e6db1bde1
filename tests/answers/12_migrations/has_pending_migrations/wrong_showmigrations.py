"""Wrong: looks for [ ] in showmigrations, which lists unapplied files, never changes without a file."""
def has_pending_migrations(app_label):
    """Return True if the app's models have changes that no migration file describes yet."""
    out = io.StringIO()
    call_command("showmigrations", app_label, stdout=out)
    return "[ ]" in out.getvalue()
