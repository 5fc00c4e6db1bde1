"""Wrong: checks for any earlier review by the user, not for this product: a customer can never review a second product."""
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
    if Review.objects.filter(author=user).exists():
        form.add_error(None, "You have already written a review.")
        return form, None
    return form, form.save()
