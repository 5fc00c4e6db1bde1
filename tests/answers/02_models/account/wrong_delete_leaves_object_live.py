"""Wrong: account.delete() marks the row through the QuerySet but leaves the object's deleted_at None, so a later account.save() writes NULL back and the account is live again."""
class AccountQuerySet(models.QuerySet):
    def delete(self):
        n = self.update(deleted_at=Now())
        return n, {"notebook.Account": n}


class LiveAccountManager(models.Manager.from_queryset(AccountQuerySet)):
    def get_queryset(self):
        return super().get_queryset().exclude(deleted_at__isnull=False)


class Account(models.Model):
    email = models.EmailField()
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects = LiveAccountManager()
    all_objects = models.Manager.from_queryset(AccountQuerySet)()

    class Meta:
        constraints = [models.UniqueConstraint("email", condition=Q(deleted_at=None), name="acc_live")]

    def delete(self, using=None, keep_parents=False):
        return type(self).all_objects.filter(pk=self.pk).delete()


create_tables(Account)
