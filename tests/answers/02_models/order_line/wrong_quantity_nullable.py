"""Wrong: quantity is null=True, so the table accepts a line without a quantity (bulk_create() or another program), whose total is then NULL; a required integer is NOT NULL."""
class OrderLine(models.Model):
    """An order line: a UUID key known before saving, a total and a status the database fills."""
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    quantity = models.IntegerField(null=True)
    unit_price = models.IntegerField()
    total = models.GeneratedField(
        expression=F("quantity") * F("unit_price"), output_field=models.IntegerField(), db_persist=True
    )
    status = models.CharField(max_length=10, db_default="open")


create_tables(OrderLine)
print("table ready:", OrderLine._meta.db_table)
