"""Wrong: years_experience is a nullable CharField, so 0 years is stored as the text '0', not the integer 0 (filter(years_experience=0) still finds it)."""
class Applicant(models.Model):
    name = models.CharField(max_length=100)
    middle_name = models.CharField(max_length=50, blank=True)
    years_experience = models.CharField(max_length=3, null=True, blank=True)
    referral_code = models.CharField(max_length=20, unique=True, null=True, blank=True)


create_tables(Applicant)
