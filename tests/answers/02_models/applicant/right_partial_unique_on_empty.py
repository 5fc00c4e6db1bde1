"""Right, written differently: referral_code keeps '' for "none" (no null=True) and is unique only among non-empty codes, with a UniqueConstraint whose condition excludes ''."""
class Applicant(models.Model):
    """A job applicant; null and blank chosen per field from the requirements."""
    name = models.CharField(max_length=100)
    middle_name = models.CharField(max_length=50, blank=True)
    years_experience = models.IntegerField(null=True, blank=True)
    referral_code = models.CharField(max_length=20, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["referral_code"], condition=~Q(referral_code=""),
                                    name="applicant_unique_given_referral_code"),
        ]


create_tables(Applicant)
print("table ready:", Applicant._meta.db_table)
