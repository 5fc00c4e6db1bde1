"""Wrong: status is a TextField, so the "at most 10 characters" rule is gone: full_clean() accepts any length, and the column is not varchar(10)."""
class OrderLine(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    quantity = models.IntegerField()
    unit_price = models.IntegerField()
    total = models.GeneratedField(expression=F("quantity") * F("unit_price"), output_field=models.IntegerField(), db_persist=True)
    status = models.TextField(db_default="open")


create_tables(OrderLine)
