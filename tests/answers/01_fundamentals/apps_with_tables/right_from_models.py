"""Right, written differently: starts from every registered model and collects the labels in a set."""
from django.apps import apps


def apps_with_tables():
    """Return the sorted labels of installed apps with at least one model that Django creates a table for."""
    return sorted({m._meta.app_label for m in apps.get_models() if m._meta.managed and not m._meta.proxy})
