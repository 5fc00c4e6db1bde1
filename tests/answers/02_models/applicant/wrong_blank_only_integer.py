"""Wrong: years_experience is blank=True without null=True: full_clean() accepts None, then the NOT NULL column refuses it."""
class Applicant(models.Model):
    """A job applicant; null and blank chosen per field from the requirements."""
    name = models.CharField(max_length=100)
    middle_name = models.CharField(max_length=50, blank=True)
    years_experience = models.IntegerField(blank=True)
    referral_code = models.CharField(max_length=20, unique=True, null=True, blank=True)


create_tables(Applicant)
print("table ready:", Applicant._meta.db_table)
