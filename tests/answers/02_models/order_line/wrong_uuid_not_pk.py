"""Wrong: keeps the auto-increment id as the primary key and adds a separate UUID, so the pk is None before save()."""
class OrderLine(models.Model):
    """An order line: a UUID key known before saving, a total and a status the database fills."""
    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    quantity = models.IntegerField()
    unit_price = models.IntegerField()
    total = models.GeneratedField(
        expression=F("quantity") * F("unit_price"), output_field=models.IntegerField(), db_persist=True
    )
    status = models.CharField(max_length=10, db_default="open")


create_tables(OrderLine)
print("table ready:", OrderLine._meta.db_table)
