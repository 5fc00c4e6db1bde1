"""Wrong: runs makemigrations for real and compares files, so CI writes a migration; the second call says False."""
def has_pending_migrations(app_label):
    """Return True if the app's models have changes that no migration file describes yet."""
    before = migration_files(app_label)
    call_command("makemigrations", app_label, verbosity=0)
    return migration_files(app_label) != before
