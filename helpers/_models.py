"""Create the tables of models written in notebook cells."""

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connections


def create_tables(*models, using=DEFAULT_DB_ALIAS):
    """Create a fresh, empty table for each model, dropping the one an earlier run of the cell made.

    Pass related models together (for example ``create_tables(Author, Book)``):
    a cell that redefines one of them must redefine the others it points to.
    ``using`` names the database (an alias of ``DATABASES``) to create them in.
    """
    if not models:
        raise TypeError("create_tables() needs at least one model class, e.g. create_tables(Book)")
    connection = connections[using]
    existing = set(connection.introspection.table_names())
    with connection.schema_editor() as editor:
        for model in reversed(models):
            tables = {model._meta.db_table} | {
                f.remote_field.through._meta.db_table
                for f in model._meta.local_many_to_many
                if f.remote_field.through._meta.auto_created
            }
            for table in sorted(tables & existing):
                editor.execute(editor.sql_delete_table % {"table": editor.quote_name(table)})
        for model in models:
            editor.create_model(model)
    apps.clear_cache()
    return list(models)
