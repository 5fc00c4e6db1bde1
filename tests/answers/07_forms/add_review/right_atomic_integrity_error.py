"""Right, differently: lets the database decide, race-free: saves inside its own atomic() block (a savepoint) and turns IntegrityError into a form error."""
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
        with transaction.atomic():
            review = form.save()
    except IntegrityError:
        form.add_error(None, ValidationError("You have already reviewed this product.", code="duplicate"))
        return form, None
    return form, review
