"""Wrong: kind defaults to Kind.MULTI, so a coupon created without a kind is stored as 'multi', not 'single'."""
class Coupon(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", "Single use"
        MULTI = "multi", "Multiple use"

    code = models.CharField(max_length=20)
    percent = models.IntegerField()
    kind = models.CharField(max_length=6, choices=Kind, default=Kind.MULTI)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(percent__gte=1, percent__lte=100), name="coupon_percent_1_100"),
            models.CheckConstraint(condition=Q(kind__in=["single", "multi"]), name="coupon_kind_valid"),
            models.UniqueConstraint(fields=["code"], condition=Q(active=True), name="coupon_one_active_per_code"),
        ]


create_tables(Coupon)
