"""Wrong: builds the slug by hand (lower-case words joined by "-") instead of slugify(title), so punctuation stays: "Django 6.1: What's New?" gives "django-6.1:-what's-new?"."""
class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    def save(self, **kwargs):
        """Keep slug and words in step with title and body, also under update_fields."""
        self.slug = "-".join(self.title.lower().split())
        self.words = len(self.body.split())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            update_fields = set(update_fields)
            if "title" in update_fields:
                update_fields.add("slug")
            if "body" in update_fields:
                update_fields.add("words")
            kwargs["update_fields"] = update_fields
        super().save(**kwargs)


create_tables(Page)
print("table ready:", Page._meta.db_table)
