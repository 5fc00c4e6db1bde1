"""Wrong: close() runs an UPDATE but leaves the object in memory saying done=False, so code that uses the object after close() sees an open task."""
class OpenTaskManager(models.Manager):
    """The manager of OpenTask."""
    def get_queryset(self):
        return super().get_queryset().filter(done=False).order_by("-priority", "title")


class OpenTask(Task):
    """Tasks not done yet, most urgent first; close() marks one done."""
    objects = OpenTaskManager()

    class Meta:
        proxy = True

    def close(self):
        Task.objects.filter(pk=self.pk).update(done=True)
