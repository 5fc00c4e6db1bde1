"""Wrong: lets the database make the UUID key (db_default=UUID4(), new in 6.1), so the key does not exist before save() and the email cannot be sent first."""
from django.db.models.functions import UUID4


class OrderLine(models.Model):
    """An order line: a UUID key known before saving, a total and a status the database fills."""
    id = models.UUIDField(primary_key=True, db_default=UUID4(), editable=False)
    quantity = models.IntegerField()
    unit_price = models.IntegerField()
    total = models.GeneratedField(
        expression=F("quantity") * F("unit_price"), output_field=models.IntegerField(), db_persist=True
    )
    status = models.CharField(max_length=10, db_default="open")


create_tables(OrderLine)
print("table ready:", OrderLine._meta.db_table)
