"""Right, written differently: the filter comes from a QuerySet method wired in through from_queryset(), the order from the proxy's Meta.ordering, and close() uses update()."""
class OpenTaskQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(done=True)


class OpenTaskManager(models.Manager.from_queryset(OpenTaskQuerySet)):
    """The manager of OpenTask."""
    def get_queryset(self):
        return super().get_queryset().open()


class OpenTask(Task):
    """Tasks not done yet, most urgent first; close() marks one done."""
    objects = OpenTaskManager()

    class Meta:
        proxy = True
        ordering = ["-priority", "title"]

    def close(self):
        Task.objects.filter(pk=self.pk).update(done=True)
        self.done = True
