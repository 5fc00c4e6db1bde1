"""Wrong: counts runs of word characters (\\w+), not whitespace-separated words: "Django 6.1 - what's new?" gives 6, not 5."""
import re


class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    def save(self, **kwargs):
        self.slug = slugify(self.title)
        self.words = len(re.findall(r"\w+", self.body))
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
