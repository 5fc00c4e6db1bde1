"""Right, written differently: Now() in the QuerySet's update, a manager subclass with an exclude, and a model delete() that stamps the object and writes that one column with update()."""
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
        self.deleted_at = timezone.now()
        n = type(self).all_objects.filter(pk=self.pk).update(deleted_at=self.deleted_at)
        return n, {"notebook.Account": n}


create_tables(Account)
