"""Wrong: reads apps.all_models, which also holds models registered under the label of an app that is not installed."""
from django.apps import apps


def apps_with_tables():
    """Return the sorted labels of installed apps with at least one model that Django creates a table for."""
    return sorted(
        label
        for label, models in apps.all_models.items()
        if any(model._meta.managed and not model._meta.proxy for model in models.values())
    )
