"""Wrong: create_superuser overwrites the flags with True instead of refusing is_staff=False or is_superuser=False, so a caller's mistake passes silently."""
from django.contrib.auth.base_user import BaseUserManager


class MemberManager(BaseUserManager):
    """Create members, identified by their email address, with hashed passwords."""

    def create_user(self, email, password=None, **extra_fields):
        """Create and save a member with this email and password."""
        if not email:
            raise ValueError("A member needs an email address")
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        member = self.model(email=self.normalize_email(email), **extra_fields)
        member.set_password(password)
        member.save(using=self._db)
        return member

    def create_superuser(self, email, password=None, **extra_fields):
        """Create and save a member with staff and superuser status."""
        extra_fields.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra_fields)
