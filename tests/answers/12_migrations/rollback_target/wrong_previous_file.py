"""Wrong: takes the file sorted just before, trusting the numbers; after a merge that is the other branch."""
def rollback_target(app_label, name):
    """Return the migrate target that unapplies migration name of app_label and keeps what it depends on."""
    files = migration_files(app_label)
    index = files.index(name)
    return files[index - 1] if index else "zero"
