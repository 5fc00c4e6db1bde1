"""Wrong: adds words to every non-empty update_fields, so save(update_fields=['title']) writes a word count made from an unsaved body."""
class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    def save(self, **kwargs):
        """words is cheap: refresh it on every save that writes anything."""
        self.slug = slugify(self.title)
        self.words = len(self.body.split())
        fields = kwargs.get("update_fields")
        if fields:
            fields = {*fields, "words"}
            if "title" in fields:
                fields.add("slug")
            kwargs["update_fields"] = fields
        super().save(**kwargs)


create_tables(Page)
