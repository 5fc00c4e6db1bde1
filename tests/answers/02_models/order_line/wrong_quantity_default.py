"""Wrong: quantity has default=1 (as OrderItem in section 1), so a line without a quantity passes full_clean() and is saved; the requirements make it required."""
class OrderLine(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    quantity = models.IntegerField(default=1)
    unit_price = models.IntegerField()
    total = models.GeneratedField(
        expression=F("quantity") * F("unit_price"), output_field=models.IntegerField(), db_persist=True
    )
    status = models.CharField(max_length=10, db_default="open")


create_tables(OrderLine)
