"""Wrong: kind is max_length=5, so the default 'single' (6 characters) fails full_clean() (SQLite does not enforce varchar lengths, so the table takes it)."""
class Coupon(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", "Single use"
        MULTI = "multi", "Multiple use"

    code = models.CharField(max_length=20)
    percent = models.IntegerField()
    kind = models.CharField(max_length=5, choices=Kind, default=Kind.SINGLE)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(percent__range=(1, 100)), name="coupon_percent_1_100"),
            models.CheckConstraint(condition=Q(kind="single") | Q(kind="multi"), name="coupon_kind_valid"),
            models.UniqueConstraint(fields=["code"], condition=Q(active=True), name="coupon_one_active_per_code"),
        ]


create_tables(Coupon)
