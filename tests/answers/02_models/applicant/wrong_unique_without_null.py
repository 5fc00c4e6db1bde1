"""Wrong: referral_code is unique and blank but not null, so empty codes are stored as '' and the second one collides."""
class Applicant(models.Model):
    """A job applicant; null and blank chosen per field from the requirements."""
    name = models.CharField(max_length=100)
    middle_name = models.CharField(max_length=50, blank=True)
    years_experience = models.IntegerField(null=True, blank=True)
    referral_code = models.CharField(max_length=20, unique=True, blank=True)


create_tables(Applicant)
print("table ready:", Applicant._meta.db_table)
