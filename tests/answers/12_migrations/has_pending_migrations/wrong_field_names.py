"""Wrong: compares field names with the files' state by hand, so a changed field (max_length) goes unseen."""
def has_pending_migrations(app_label):
    """Return True if the app's models have changes that no migration file describes yet."""
    state = MigrationLoader(None, ignore_no_migrations=True).project_state()
    current = {model._meta.model_name: {field.name for field in model._meta.local_fields}
               for model in apps.get_app_config(app_label).get_models()}
    recorded = {name: set(model.fields) for (app, name), model in state.models.items() if app == app_label}
    return current != recorded
