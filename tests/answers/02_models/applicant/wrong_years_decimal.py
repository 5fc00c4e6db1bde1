"""Wrong: years_experience is a nullable DecimalField, so it is not an integer: 2.5 years passes the form and is stored."""
class Applicant(models.Model):
    name = models.CharField(max_length=100)
    middle_name = models.CharField(max_length=50, blank=True)
    years_experience = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    referral_code = models.CharField(max_length=20, unique=True, null=True, blank=True)


create_tables(Applicant)
