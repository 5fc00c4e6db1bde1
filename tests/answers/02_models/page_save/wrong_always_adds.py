"""Wrong: adds slug and words to every update_fields, so save(update_fields=['body']) also writes a slug made from an unsaved title."""
class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    def save(self, **kwargs):
        """Keep slug and words in step with title and body, also under update_fields."""
        self.slug = slugify(self.title)
        self.words = len(self.body.split())
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {"slug", "words", *kwargs["update_fields"]}
        super().save(**kwargs)


create_tables(Page)
print("table ready:", Page._meta.db_table)
