"""Wrong: code is unique=True over every row, so inactive coupons cannot share a code with the active one."""
class Coupon(models.Model):
    """A discount coupon whose rules the table itself enforces."""

    class Kind(models.TextChoices):
        SINGLE = "single", "Single use"
        MULTI = "multi", "Multiple use"

    code = models.CharField(max_length=20, unique=True)
    percent = models.IntegerField()
    kind = models.CharField(max_length=6, choices=Kind, default=Kind.SINGLE)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(percent__gte=1, percent__lte=100), name="coupon_percent_1_100"),
            models.CheckConstraint(condition=Q(kind__in=["single", "multi"]), name="coupon_kind_valid"),
        ]


create_tables(Coupon)
print("table ready:", Coupon._meta.db_table)
