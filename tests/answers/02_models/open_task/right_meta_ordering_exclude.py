"""Right, written differently: exclude() in the manager, Meta.ordering on the proxy, close() through super().save()."""
class OpenTaskManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().exclude(done=True)


class OpenTask(Task):
    objects = OpenTaskManager()

    class Meta:
        proxy = True
        ordering = ("-priority", "title")

    def close(self):
        self.done = True
        super().save(update_fields=("done",))
