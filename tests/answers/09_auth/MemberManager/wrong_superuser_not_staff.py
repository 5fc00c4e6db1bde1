"""Wrong: create_superuser sets is_superuser but not is_staff, so the superuser cannot even log in to the admin."""
from django.contrib.auth.base_user import BaseUserManager


class MemberManager(BaseUserManager):
    """Create members, identified by their email address, with hashed passwords."""

    def create_user(self, email, password=None, **extra_fields):
        """Create and save a member with this email and password."""
        if not email:
            raise ValueError("A member needs an email address")
        member = self.model(email=self.normalize_email(email), **extra_fields)
        member.set_password(password)
        member.save(using=self._db)
        return member

    def create_superuser(self, email, password=None, **extra_fields):
        """Create and save a member with staff and superuser status."""
        extra_fields.setdefault("is_superuser", True)
        if extra_fields["is_superuser"] is not True:
            raise ValueError("A superuser must have is_superuser=True")
        return self.create_user(email, password, **extra_fields)
