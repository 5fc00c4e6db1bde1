"""Wrong: saves, then writes the derived values with a second query (QuerySet.update()), so every save costs two queries."""
class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    def save(self, **kwargs):
        """Keep slug and words in step with title and body, also under update_fields."""
        super().save(**kwargs)
        self.slug = slugify(self.title)
        self.words = len(self.body.split())
        Page.objects.filter(pk=self.pk).update(slug=self.slug, words=self.words)


create_tables(Page)
print("table ready:", Page._meta.db_table)
