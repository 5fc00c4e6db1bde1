"""Wrong: the rules are validators and choices only (the popular answer); save() and bulk_create() never run them, so the table accepts bad rows."""
from django.core.validators import MaxValueValidator, MinValueValidator


class Coupon(models.Model):
    """A discount coupon whose rules the table itself enforces."""

    class Kind(models.TextChoices):
        SINGLE = "single", "Single use"
        MULTI = "multi", "Multiple use"

    code = models.CharField(max_length=20)
    percent = models.IntegerField(validators=[MinValueValidator(1), MaxValueValidator(100)])
    kind = models.CharField(max_length=6, choices=Kind, default=Kind.SINGLE)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["code"], condition=Q(active=True), name="coupon_one_active_per_code"),
        ]


create_tables(Coupon)
print("table ready:", Coupon._meta.db_table)
