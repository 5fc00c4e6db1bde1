"""Right, written differently: kind and active get their defaults from the table (db_default), so rows other programs insert get them too."""
class Coupon(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", "Single use"
        MULTI = "multi", "Multiple use"

    code = models.CharField(max_length=20)
    percent = models.IntegerField()
    kind = models.CharField(max_length=6, choices=Kind, db_default=Kind.SINGLE)
    active = models.BooleanField(db_default=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(percent__gte=1, percent__lte=100), name="coupon_percent_1_100"),
            models.CheckConstraint(condition=Q(kind__in=["single", "multi"]), name="coupon_kind_valid"),
            models.UniqueConstraint(fields=["code"], condition=Q(active=True), name="coupon_one_active_per_code"),
        ]


create_tables(Coupon)
