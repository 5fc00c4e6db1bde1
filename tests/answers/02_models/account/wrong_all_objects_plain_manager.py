"""Wrong: all_objects is a plain Manager, so Account.all_objects.filter(...).delete() hard-deletes rows."""
class AccountQuerySet(models.QuerySet):
    def delete(self):
        return self.update(deleted_at=timezone.now())


class LiveAccountManager(models.Manager.from_queryset(AccountQuerySet)):
    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


class Account(models.Model):
    email = models.EmailField()
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects = LiveAccountManager()
    all_objects = models.Manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["email"], condition=Q(deleted_at__isnull=True), name="acc_live")]

    def delete(self, **kwargs):
        self.deleted_at = timezone.now()
        self.save(update_fields=["deleted_at"])


create_tables(Account)
