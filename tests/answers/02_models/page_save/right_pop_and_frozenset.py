"""Right, written differently: pops update_fields, recomputes only what is saved, passes a frozenset on."""
class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    def save(self, *args, **kwargs):
        fields = kwargs.pop("update_fields", None)
        extra = set()
        if fields is None or "title" in fields:
            self.slug = slugify(self.title)
            extra.add("slug")
        if fields is None or "body" in fields:
            self.words = len(self.body.split())
            extra.add("words")
        if fields is not None:
            fields = frozenset(fields) | extra
        super().save(*args, update_fields=fields, **kwargs)


create_tables(Page)
