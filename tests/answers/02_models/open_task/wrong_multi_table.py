"""Wrong: forgets Meta.proxy = True, so OpenTask is multi-table inheritance with its own (here missing) table, not a view of Task's rows."""
class OpenTaskManager(models.Manager):
    """The manager of OpenTask."""
    def get_queryset(self):
        return super().get_queryset().filter(done=False).order_by("-priority", "title")


class OpenTask(Task):
    """Tasks not done yet, most urgent first; close() marks one done."""
    objects = OpenTaskManager()

    def close(self):
        self.done = True
        self.save(update_fields=["done"])
