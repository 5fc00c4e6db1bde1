"""Wrong: keeps emails unique among live rows with a check in save(), which bulk_create() (and raw SQL, and a race) skips."""
class AccountQuerySet(models.QuerySet):
    """QuerySet of Account: bulk deletes are soft too."""
    def delete(self):
        return self.update(deleted_at=timezone.now())


class LiveAccountManager(models.Manager.from_queryset(AccountQuerySet)):
    """The manager of live accounts only."""
    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


class Account(models.Model):
    """An account: deleting marks it deleted; objects shows live rows, all_objects every row."""
    email = models.EmailField()
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects = LiveAccountManager()
    all_objects = AccountQuerySet.as_manager()

    def save(self, **kwargs):
        if self.deleted_at is None and Account.objects.filter(email=self.email).exclude(pk=self.pk).exists():
            raise IntegrityError(f"a live account already has {self.email}")
        super().save(**kwargs)

    def delete(self, **kwargs):
        self.deleted_at = timezone.now()
        self.save(update_fields=["deleted_at"])


create_tables(Account)
print("table ready:", Account._meta.db_table)
