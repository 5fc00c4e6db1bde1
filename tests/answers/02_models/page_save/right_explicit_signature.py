"""Right, written differently: save() spells out its keyword-only arguments and passes each one on, and builds the new update_fields as a tuple."""
class Page(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    body = models.TextField()
    words = models.IntegerField(default=0)

    def save(self, *, force_insert=False, force_update=False, using=None, update_fields=None):
        """Keep slug and words in step with title and body, also under update_fields."""
        saving_all = update_fields is None
        if saving_all or "title" in update_fields:
            self.slug = slugify(self.title)
        if saving_all or "body" in update_fields:
            self.words = len(self.body.split())
        if not saving_all:
            extra = ("slug",) * ("title" in update_fields) + ("words",) * ("body" in update_fields)
            update_fields = tuple(update_fields) + extra
        super().save(force_insert=force_insert, force_update=force_update, using=using, update_fields=update_fields)


create_tables(Page)
print("table ready:", Page._meta.db_table)
