"""Right, differently: both methods go through one private _create() that builds, hashes and saves, with the flags passed explicitly."""
from django.contrib.auth.base_user import BaseUserManager


class MemberManager(BaseUserManager):
    """Create members, identified by their email address, with hashed passwords."""

    def _create(self, email, password, is_staff, is_superuser, extra_fields):
        if not email:
            raise ValueError("email is required")
        member = self.model(email=self.normalize_email(email), is_staff=is_staff, is_superuser=is_superuser, **extra_fields)
        if password is None:
            member.set_unusable_password()
        else:
            member.set_password(password)
        member.save(using=self._db)
        return member

    def create_user(self, email, password=None, **extra_fields):
        """Create and save a member with this email and password."""
        is_staff = extra_fields.pop("is_staff", False)
        is_superuser = extra_fields.pop("is_superuser", False)
        return self._create(email, password, is_staff, is_superuser, extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        """Create and save a member with staff and superuser status."""
        if extra_fields.pop("is_staff", True) is not True or extra_fields.pop("is_superuser", True) is not True:
            raise ValueError("a superuser needs is_staff=True and is_superuser=True")
        return self._create(email, password, True, True, extra_fields)
