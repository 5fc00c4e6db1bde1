"""Wrong: close() calls a plain save(), which writes every column, including a title changed in memory only."""
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
        self.done = True
        self.save()
