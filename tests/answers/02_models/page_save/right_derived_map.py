"""Right, written differently: a table of derived fields and their sources, and only the derived values whose source is saved are recomputed."""
class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    DERIVED = {
        "slug": ("title", lambda page: slugify(page.title)),
        "words": ("body", lambda page: len(page.body.split())),
    }

    def save(self, *, update_fields=None, **kwargs):
        """Keep slug and words in step with title and body, also under update_fields."""
        if update_fields is not None:
            update_fields = list(update_fields)
        for derived, (source, compute) in self.DERIVED.items():
            if update_fields is None:
                setattr(self, derived, compute(self))
            elif source in update_fields:
                setattr(self, derived, compute(self))
                update_fields.append(derived)
        super().save(update_fields=update_fields, **kwargs)


create_tables(Page)
print("table ready:", Page._meta.db_table)
