"""Show the custom user in the admin with Django's user admin, plus its own field."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import User


@admin.register(User)
class AccountsUserAdmin(UserAdmin):
    """Django's user admin (password form, groups, permissions) with the display name added."""

    fieldsets = [*UserAdmin.fieldsets, ("Profile", {"fields": ["display_name"]})]
