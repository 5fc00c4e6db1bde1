"""Wrong: validate_constraints() and then save(), outside atomic() and without catching IntegrityError: check, then write. A review saved by another request after the check makes the INSERT raise."""
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
    try:
        form.instance.validate_constraints()
    except ValidationError as error:
        form.add_error(None, error)
        return form, None
    return form, form.save()
