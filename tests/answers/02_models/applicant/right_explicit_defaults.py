"""Right, written differently: explicit default="" on middle_name, a PositiveIntegerField, and uniqueness of the code declared as a Meta UniqueConstraint."""
class Applicant(models.Model):
    """A job applicant; null and blank chosen per field from the requirements."""
    name = models.CharField(max_length=100, blank=False, null=False)
    middle_name = models.CharField(max_length=50, blank=True, default="")
    years_experience = models.PositiveIntegerField(blank=True, null=True, default=None)
    referral_code = models.CharField(max_length=20, blank=True, null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["referral_code"], name="applicant_unique_referral_code")]


create_tables(Applicant)
print("table ready:", Applicant._meta.db_table)
