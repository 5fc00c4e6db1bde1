"""Wrong: compares the models with the database's tables, which answers "is it migrated?", not "is a file missing?"."""
def has_pending_migrations(app_label):
    """Return True if the app's models have changes that no migration file describes yet."""
    tables = connection.introspection.table_names()
    for model in apps.get_app_config(app_label).get_models():
        if model._meta.db_table not in tables:
            return True
        if set(columns(model._meta.db_table)) != {f.column for f in model._meta.local_concrete_fields}:
            return True
    return False
