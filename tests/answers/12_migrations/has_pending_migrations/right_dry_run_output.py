"""Right: reads what makemigrations --dry-run says for the app, which writes nothing and never exits."""
def has_pending_migrations(app_label):
    """Return True if the app's models have changes that no migration file describes yet."""
    out = io.StringIO()
    call_command("makemigrations", app_label, dry_run=True, stdout=out, verbosity=1)
    return "No changes detected" not in out.getvalue()
