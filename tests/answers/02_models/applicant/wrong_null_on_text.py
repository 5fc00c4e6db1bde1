"""Wrong: null=True on the optional text field middle_name (the anti-pattern): it is stored as NULL, so "no middle name" has two spellings."""
class Applicant(models.Model):
    """A job applicant; null and blank chosen per field from the requirements."""
    name = models.CharField(max_length=100)
    middle_name = models.CharField(max_length=50, null=True, blank=True)
    years_experience = models.IntegerField(null=True, blank=True)
    referral_code = models.CharField(max_length=20, unique=True, null=True, blank=True)


create_tables(Applicant)
print("table ready:", Applicant._meta.db_table)
