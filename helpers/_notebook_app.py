"""The app that owns models written in notebook cells."""

import os

from django.apps import AppConfig

from ._bootstrap import NOTEBOOK_APP_LABEL


class NotebookConfig(AppConfig):
    """Make ``__main__`` (the notebook's namespace) a Django app, so cell models need no app_label."""

    name = "__main__"
    label = NOTEBOOK_APP_LABEL
    verbose_name = "Notebook"
    path = os.getcwd()
    default_auto_field = "django.db.models.BigAutoField"
