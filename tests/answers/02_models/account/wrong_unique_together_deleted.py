"""Wrong: unique_together on (email, deleted_at); live rows have deleted_at NULL and NULLs do not collide in a unique index, so two live accounts may share an email."""
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

    class Meta:
        unique_together = [("email", "deleted_at")]

    def delete(self, **kwargs):
        self.deleted_at = timezone.now()
        self.save(update_fields=["deleted_at"])


create_tables(Account)
print("table ready:", Account._meta.db_table)
