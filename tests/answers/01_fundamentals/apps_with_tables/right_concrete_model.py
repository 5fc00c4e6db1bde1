"""Right, differently: a model with its own table is managed and is its own concrete model (a proxy's concrete model is its parent)."""
from django.apps import apps


def apps_with_tables():
    found = []
    for config in apps.get_app_configs():
        for model in config.get_models():
            if model._meta.managed and model._meta.concrete_model is model:
                found.append(config.label)
                break
    found.sort()
    return found
