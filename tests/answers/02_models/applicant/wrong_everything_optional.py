"""Wrong: null=True, blank=True on every field "to be safe": an empty name passes validation and a NULL name reaches the table."""
class Applicant(models.Model):
    """A job applicant; null and blank chosen per field from the requirements."""
    name = models.CharField(max_length=100, null=True, blank=True)
    middle_name = models.CharField(max_length=50, blank=True)
    years_experience = models.IntegerField(null=True, blank=True)
    referral_code = models.CharField(max_length=20, unique=True, null=True, blank=True)


create_tables(Applicant)
print("table ready:", Applicant._meta.db_table)
