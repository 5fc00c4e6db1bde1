"""Wrong: default=uuid.uuid4() calls the function once, when the class is defined, so every new line gets the same key."""
class OrderLine(models.Model):
    """An order line: a UUID key known before saving, a total and a status the database fills."""
    id = models.UUIDField(primary_key=True, default=uuid.uuid4(), editable=False)
    quantity = models.IntegerField()
    unit_price = models.IntegerField()
    total = models.GeneratedField(
        expression=F("quantity") * F("unit_price"), output_field=models.IntegerField(), db_persist=True
    )
    status = models.CharField(max_length=10, db_default="open")


create_tables(OrderLine)
print("table ready:", OrderLine._meta.db_table)
