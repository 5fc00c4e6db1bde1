"""Wrong: trusts the ModelForm's unique checks. product and author are not form fields, so the one-review constraint is skipped and save() raises IntegrityError."""
class ReviewForm(forms.ModelForm):
    """The fields a customer may fill in: the rating and the text."""

    class Meta:
        model = Review
        fields = ["rating", "text"]


def add_review(product, user, data):
    """Return (form, saved review) for a valid review of product by user, else (form, None) with errors."""
    form = ReviewForm(data, instance=Review(product=product, author=user))
    if not form.is_valid():
        return form, None
    return form, form.save()
