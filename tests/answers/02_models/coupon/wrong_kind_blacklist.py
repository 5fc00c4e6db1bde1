"""Wrong: a blacklist, ~Q(kind="") & ~Q(kind="other"), refuses only the bad values someone thought of; "SINGLE" or a label such as "Single use" still passes."""
class Coupon(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", "Single use"
        MULTI = "multi", "Multiple use"

    code = models.CharField(max_length=20)
    percent = models.IntegerField()
    kind = models.CharField(max_length=6, choices=Kind, default=Kind.SINGLE)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(percent__gte=1, percent__lte=100), name="c_pct"),
            models.CheckConstraint(condition=~Q(kind="") & ~Q(kind="other"), name="c_kind"),
            models.UniqueConstraint(fields=["code"], condition=Q(active=True), name="c_code"),
        ]


create_tables(Coupon)
