"""Right, written differently: a virtual generated column (db_persist=False, which SQLite supports) and status with both default= and db_default=."""
class OrderLine(models.Model):
    """An order line: a UUID key known before saving, a total and a status the database fills."""
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    quantity = models.PositiveIntegerField()
    unit_price = models.IntegerField()
    total = models.GeneratedField(
        expression=F("unit_price") * F("quantity"), output_field=models.BigIntegerField(), db_persist=False
    )
    status = models.CharField(max_length=10, default="open", db_default="open")


create_tables(OrderLine)
print("table ready:", OrderLine._meta.db_table)
