"""Wrong: code is an unbounded TextField, so full_clean() accepts codes longer than 20 characters."""
class Coupon(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", "Single use"
        MULTI = "multi", "Multiple use"

    code = models.TextField()
    percent = models.IntegerField()
    kind = models.CharField(max_length=6, choices=Kind, default=Kind.SINGLE)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(percent__gte=1) & Q(percent__lte=100), name="coupon_percent_1_100"),
            models.CheckConstraint(condition=Q(kind__in=["single", "multi"]), name="coupon_kind_valid"),
            models.UniqueConstraint(fields=["code"], condition=Q(active=True), name="coupon_one_active_per_code"),
        ]


create_tables(Coupon)
