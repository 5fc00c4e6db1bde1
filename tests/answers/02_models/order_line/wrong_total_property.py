"""Wrong: total is a Python property, not a column: it reads right on loaded objects, but the table has no total for other programs, and filter(total=...) cannot use it."""
class OrderLine(models.Model):
    """An order line: a UUID key known before saving, a total and a status the database fills."""
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    quantity = models.IntegerField()
    unit_price = models.IntegerField()
    status = models.CharField(max_length=10, db_default="open")

    @property
    def total(self):
        return self.quantity * self.unit_price


create_tables(OrderLine)
print("table ready:", OrderLine._meta.db_table)
