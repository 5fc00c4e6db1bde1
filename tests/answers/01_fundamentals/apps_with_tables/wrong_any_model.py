"""Wrong: keeps every app with a registered model, including apps whose only models are proxies or unmanaged."""
from django.apps import apps


def apps_with_tables():
    """Return the sorted labels of installed apps with at least one model that Django creates a table for."""
    return sorted(config.label for config in apps.get_app_configs() if list(config.get_models()))
