"""Wrong: close() writes priority too (update_fields=["done", "priority"]), so an unsaved priority change reaches the database."""
class OpenTaskManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(done=False).order_by("-priority", "title")


class OpenTask(Task):
    objects = OpenTaskManager()

    class Meta:
        proxy = True

    def close(self):
        self.done = True
        self.save(update_fields=["done", "priority"])
