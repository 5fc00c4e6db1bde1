"""Right, written differently: the soft delete's single UPDATE runs inside transaction.atomic() (BEGIN and COMMIT are not extra statements), Now() from the database, managers built with from_queryset() and a live-only flag."""
class AccountQuerySet(models.QuerySet):
    def delete(self):
        with transaction.atomic():
            count = self.update(deleted_at=Now())
        return count, {self.model._meta.label: count}


class LiveAccountManager(models.Manager.from_queryset(AccountQuerySet)):
    def __init__(self, live_only=True):
        super().__init__()
        self.live_only = live_only

    def get_queryset(self):
        qs = super().get_queryset()
        return qs.filter(deleted_at=None) if self.live_only else qs


class Account(models.Model):
    email = models.EmailField()
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects = LiveAccountManager()
    all_objects = LiveAccountManager(live_only=False)

    class Meta:
        constraints = [
            models.UniqueConstraint("email", condition=Q(deleted_at=None), name="account_unique_live_email"),
        ]

    def delete(self, using=None, keep_parents=False):
        Account.all_objects.filter(pk=self.pk).delete()
        self.refresh_from_db(fields=["deleted_at"])


create_tables(Account)
print("table ready:", Account._meta.db_table)
