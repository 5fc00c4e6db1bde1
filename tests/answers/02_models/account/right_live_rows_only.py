"""Right, written differently: the QuerySet's delete() marks only rows not yet deleted (the first deletion time is kept), and the model's delete() stamps the object and runs a plain save()."""
class AccountQuerySet(models.QuerySet):
    def delete(self):
        n = self.filter(deleted_at__isnull=True).update(deleted_at=timezone.now())
        return n, {"notebook.Account": n}


class LiveAccountManager(models.Manager.from_queryset(AccountQuerySet)):
    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


class Account(models.Model):
    email = models.EmailField()
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = LiveAccountManager()
    all_objects = models.Manager.from_queryset(AccountQuerySet)()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["email"], condition=Q(deleted_at__isnull=True), name="live_email")]

    def delete(self, using=None, keep_parents=False):
        self.deleted_at = timezone.now()
        self.save()
        return 1, {"notebook.Account": 1}


create_tables(Account)
