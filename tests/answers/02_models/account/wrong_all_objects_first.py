"""Wrong: all_objects is declared first, so it is the _default_manager (admin, dumpdata, ModelForm unique checks see deleted rows)."""
class AccountQuerySet(models.QuerySet):
    def delete(self):
        return self.update(deleted_at=timezone.now())


class LiveAccountManager(models.Manager.from_queryset(AccountQuerySet)):
    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


class Account(models.Model):
    email = models.EmailField()
    deleted_at = models.DateTimeField(null=True, blank=True)

    all_objects = AccountQuerySet.as_manager()
    objects = LiveAccountManager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["email"], condition=Q(deleted_at__isnull=True), name="acc_live")]

    def delete(self, **kwargs):
        self.deleted_at = timezone.now()
        self.save(update_fields=["deleted_at"])


create_tables(Account)
