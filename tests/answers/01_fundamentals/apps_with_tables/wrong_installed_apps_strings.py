"""Wrong: reads the strings in settings.INSTALLED_APPS, which are dotted paths (not labels) and say nothing about models."""
from django.conf import settings


def apps_with_tables():
    """Return the sorted labels of installed apps with at least one model that Django creates a table for."""
    return sorted(entry.rsplit(".", 1)[-1] for entry in settings.INSTALLED_APPS)
