"""Right, written differently: percent__range, the kinds as an OR of Q objects, and a PositiveSmallIntegerField (which adds its own CHECK >= 0)."""
class Coupon(models.Model):
    """A discount coupon whose rules the table itself enforces."""

    class Kind(models.TextChoices):
        SINGLE = "single", "Single use"
        MULTI = "multi", "Multiple use"

    code = models.CharField(max_length=20)
    percent = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.SINGLE)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["code"], condition=Q(active=True), name="coupon_active_code_unique"),
            models.CheckConstraint(condition=Q(percent__range=(1, 100)), name="coupon_percent_in_range"),
            models.CheckConstraint(condition=Q(kind="single") | Q(kind="multi"), name="coupon_kind_known"),
        ]


create_tables(Coupon)
print("table ready:", Coupon._meta.db_table)
