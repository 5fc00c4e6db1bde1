"""Wrong: the partial unique constraint covers (code, kind), so a second active coupon with the same code but the other kind is accepted; the rule is one active coupon per code."""
class Coupon(models.Model):
    """A discount coupon whose rules the table itself enforces."""

    class Kind(models.TextChoices):
        SINGLE = "single", "Single use"
        MULTI = "multi", "Multiple use"

    code = models.CharField(max_length=20)
    percent = models.IntegerField()
    kind = models.CharField(max_length=6, choices=Kind, default=Kind.SINGLE)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(percent__gte=1, percent__lte=100), name="coupon_percent_1_100"),
            models.CheckConstraint(condition=Q(kind__in=["single", "multi"]), name="coupon_kind_valid"),
            models.UniqueConstraint(fields=["code", "kind"], condition=Q(active=True), name="coupon_one_active_per_code_kind"),
        ]


create_tables(Coupon)
print("table ready:", Coupon._meta.db_table)
