"""Wrong: the QuerySet's delete() loops over the rows and soft-deletes each object, one UPDATE per row (plus the SELECT)."""
class AccountQuerySet(models.QuerySet):
    """QuerySet of Account: bulk deletes are soft too."""
    def delete(self):
        for account in self:
            account.delete()


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
        constraints = [
            models.UniqueConstraint(fields=["email"], condition=Q(deleted_at__isnull=True),
                                    name="account_unique_live_email"),
        ]

    def delete(self, **kwargs):
        self.deleted_at = timezone.now()
        self.save(update_fields=["deleted_at"])


create_tables(Account)
print("table ready:", Account._meta.db_table)
