"""Right, written differently: exclude() in the manager, F(...).desc() in the proxy's Meta.ordering, and close() as one update() inside transaction.atomic() (BEGIN and COMMIT are not extra statements)."""
class OpenTaskManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().exclude(done=True)


class OpenTask(Task):
    objects = OpenTaskManager()

    class Meta:
        proxy = True
        ordering = [F("priority").desc(), "title"]

    def close(self):
        with transaction.atomic():
            Task.objects.filter(pk=self.pk).update(done=True)
        self.done = True
