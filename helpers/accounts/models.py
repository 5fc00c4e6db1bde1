"""The custom user model: start every project with one, before its first migrate."""

from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """Django's full user (username, password, email, names, flags, groups, permissions) plus a display name.

    Subclassing ``AbstractUser`` keeps everything ``django.contrib.auth`` and the admin rely on, including
    its manager (``User.objects.create_user``). Set ``AUTH_USER_MODEL = "accounts.User"`` before the first
    ``migrate``: other apps' tables (the admin's log, DRF's tokens, your apps' foreign keys) get foreign
    keys to the user table then, and moving them later is a manual migration. Point at this model with
    ``settings.AUTH_USER_MODEL`` in a ``ForeignKey`` and ``get_user_model()`` in code, never by importing it.
    """

    display_name = models.CharField(max_length=100, blank=True)
