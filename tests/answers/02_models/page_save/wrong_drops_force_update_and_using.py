"""Wrong: passes on update_fields and force_insert only; force_update and using are dropped, so save(force_update=True) on a missing row INSERTs instead of failing."""
class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    def save(self, *, force_insert=False, update_fields=None, **ignored):
        self.slug = slugify(self.title)
        self.words = len(self.body.split())
        if update_fields is not None:
            update_fields = set(update_fields)
            if "title" in update_fields:
                update_fields.add("slug")
            if "body" in update_fields:
                update_fields.add("words")
        super().save(force_insert=force_insert, update_fields=update_fields)


create_tables(Page)
