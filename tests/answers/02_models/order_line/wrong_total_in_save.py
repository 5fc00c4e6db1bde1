"""Wrong: computes total in save(), the anti-pattern section 3 warns about; QuerySet.update() and raw SQL skip save(), so total goes stale."""
class OrderLine(models.Model):
    """An order line: a UUID key known before saving, a total and a status the database fills."""
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    quantity = models.IntegerField()
    unit_price = models.IntegerField()
    total = models.IntegerField(default=0, editable=False)
    status = models.CharField(max_length=10, db_default="open")

    def save(self, **kwargs):
        self.total = self.quantity * self.unit_price
        super().save(**kwargs)


create_tables(OrderLine)
print("table ready:", OrderLine._meta.db_table)
