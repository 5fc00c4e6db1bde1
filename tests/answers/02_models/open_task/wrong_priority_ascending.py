"""Wrong: orders by priority ascending, so the least urgent task comes first."""
class OpenTaskManager(models.Manager):
    """The manager of OpenTask."""
    def get_queryset(self):
        return super().get_queryset().filter(done=False)


class OpenTask(Task):
    """Tasks not done yet, most urgent first; close() marks one done."""
    objects = OpenTaskManager()

    class Meta:
        proxy = True
        ordering = ["priority", "title"]

    def close(self):
        self.done = True
        self.save(update_fields=["done"])
