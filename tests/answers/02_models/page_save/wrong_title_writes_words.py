"""Wrong: adds words whenever title is listed, so save(update_fields=['title']) writes a word count made from an unsaved body."""
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
            update_fields = set(update_fields)
            if "title" in update_fields:
                update_fields |= {"slug", "words"}
            if "body" in update_fields:
                update_fields.add("words")
            kwargs["update_fields"] = update_fields
        super().save(**kwargs)


create_tables(Page)
