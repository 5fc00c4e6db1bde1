"""Wrong: referral_code has default='' although unique: every applicant created in code without a code stores '', and the second one collides."""
class Applicant(models.Model):
    name = models.CharField(max_length=100)
    middle_name = models.CharField(max_length=50, blank=True)
    years_experience = models.IntegerField(null=True, blank=True)
    referral_code = models.CharField(max_length=20, unique=True, null=True, blank=True, default="")


create_tables(Applicant)
