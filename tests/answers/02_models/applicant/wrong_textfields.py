"""Wrong: unbounded text (TextField for name and middle_name, max_length=200 for referral_code), so full_clean() accepts values longer than the limits."""
class Applicant(models.Model):
    name = models.TextField()
    middle_name = models.TextField(blank=True)
    years_experience = models.IntegerField(null=True, blank=True)
    referral_code = models.CharField(max_length=200, unique=True, null=True, blank=True)


create_tables(Applicant)
