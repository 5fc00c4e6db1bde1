"""Right, written differently: & of Q objects, a tuple for the kinds, a wider kind column, an inverse condition."""
class Coupon(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", "Single use"
        MULTI = "multi", "Multiple use"

    code = models.CharField(max_length=20)
    percent = models.SmallIntegerField()
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.SINGLE)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(percent__gt=0) & Q(percent__lt=101), name="c_pct"),
            models.CheckConstraint(condition=Q(kind__in=("single", "multi")), name="c_kind"),
            models.UniqueConstraint(fields=["code"], condition=~Q(active=False), name="c_code"),
        ]


create_tables(Coupon)
