"""Wrong: takes update_fields by name and passes only that on, dropping force_insert, force_update and using, so save(force_insert=True) on a key already in the table quietly UPDATEs that row instead of refusing it."""
class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    def save(self, *, update_fields=None, **kwargs):
        """Keep slug and words in step with title and body, also under update_fields."""
        self.slug = slugify(self.title)
        self.words = len(self.body.split())
        if update_fields is not None:
            update_fields = set(update_fields)
            if "title" in update_fields:
                update_fields.add("slug")
            if "body" in update_fields:
                update_fields.add("words")
        super().save(update_fields=update_fields)


create_tables(Page)
print("table ready:", Page._meta.db_table)
