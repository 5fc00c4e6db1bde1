"""Wrong: the filter lives in an extra manager method, so OpenTask.objects.all() still returns every task, done ones included."""
class OpenTaskManager(models.Manager):
    """The manager of OpenTask."""
    def open(self):
        return self.filter(done=False)


class OpenTask(Task):
    """Tasks not done yet, most urgent first; close() marks one done."""
    objects = OpenTaskManager()

    class Meta:
        proxy = True
        ordering = ["-priority", "title"]

    def close(self):
        self.done = True
        self.save(update_fields=["done"])
