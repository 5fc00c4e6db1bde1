"""Right, written differently: null code, uniqueness as a partial UniqueConstraint on non-NULL codes."""
class Applicant(models.Model):
    name = models.CharField("name", max_length=100, blank=False)
    middle_name = models.CharField(max_length=50, blank=True, default="")
    years_experience = models.SmallIntegerField(null=True, blank=True)
    referral_code = models.CharField(max_length=20, null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["referral_code"], condition=Q(referral_code__isnull=False),
                                               name="applicant_code_given_unique")]


create_tables(Applicant)
