"""Wrong: drops proxy models but forgets Meta.managed = False, so an app whose only model is unmanaged is counted."""
from django.apps import apps


def apps_with_tables():
    """Return the sorted labels of installed apps with at least one model that Django creates a table for."""
    return sorted(config.label for config in apps.get_app_configs()
                  if any(not model._meta.proxy for model in config.get_models()))
