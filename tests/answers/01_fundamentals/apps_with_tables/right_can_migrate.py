"""Right, written differently: asks each model's Options.can_migrate(), which migrate itself uses (false for proxy, unmanaged and swapped models)."""
from django.apps import apps
from django.db import connection


def apps_with_tables():
    """Return the sorted labels of installed apps with at least one model that Django creates a table for."""
    labels = set()
    for config in apps.get_app_configs():
        for model in config.get_models():
            if model._meta.can_migrate(connection):
                labels.add(config.label)
    return sorted(labels)
