"""Wrong: appends the derived fields to the caller's own update_fields list, so the list the caller passed is changed after the call (a tuple is copied first, so only lists show it)."""
class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    def save(self, **kwargs):
        """Keep slug and words in step with title and body, also under update_fields."""
        self.slug = slugify(self.title)
        self.words = len(self.body.split())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            if not isinstance(update_fields, list):
                update_fields = list(update_fields)
            if "title" in update_fields:
                update_fields.append("slug")
            if "body" in update_fields:
                update_fields.append("words")
            kwargs["update_fields"] = update_fields
        super().save(**kwargs)


create_tables(Page)
print("table ready:", Page._meta.db_table)
