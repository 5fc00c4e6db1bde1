"""Wrong: the naive override; it computes slug and words but never adds them to update_fields, so save(update_fields=['title']) leaves the old slug."""
class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    def save(self, **kwargs):
        """Keep slug and words in step with title and body, also under update_fields."""
        self.slug = slugify(self.title)
        self.words = len(self.body.split())
        super().save(**kwargs)


create_tables(Page)
print("table ready:", Page._meta.db_table)
