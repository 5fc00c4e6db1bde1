"""The app configuration of the course's custom user app."""

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Install the package ``helpers.accounts`` under the short label ``accounts`` (``accounts.User``)."""

    name = "helpers.accounts"
    label = "accounts"
    verbose_name = "Accounts"
    default_auto_field = "django.db.models.BigAutoField"
