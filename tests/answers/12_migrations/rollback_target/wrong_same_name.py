"""Wrong (the anti-pattern): migrates to the migration itself, which keeps it applied (the target is what to keep)."""
def rollback_target(app_label, name):
    """Return the migrate target that unapplies migration name of app_label and keeps what it depends on."""
    return name
