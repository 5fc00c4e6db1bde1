"""Right, written differently: db_default=Value("open"), the fields in another order, the key with a verbose name."""
from django.db.models import Value


class OrderLine(models.Model):
    id = models.UUIDField("key", primary_key=True, default=uuid.uuid4, editable=False)
    unit_price = models.IntegerField()
    quantity = models.IntegerField()
    status = models.CharField(max_length=10, db_default=Value("open"))
    total = models.GeneratedField(expression=F("unit_price") * F("quantity"), output_field=models.IntegerField(), db_persist=True)


create_tables(OrderLine)
