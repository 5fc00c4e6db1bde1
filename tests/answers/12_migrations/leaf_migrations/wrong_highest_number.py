"""Wrong (the anti-pattern): trusts the numbers in the names and returns the files with the highest number."""
def leaf_migrations(app_label):
    """Return the sorted names of the app's migrations that no other migration of the app depends on."""
    files = migration_files(app_label)
    top = max(name[:4] for name in files)
    return sorted(name for name in files if name.startswith(top))
