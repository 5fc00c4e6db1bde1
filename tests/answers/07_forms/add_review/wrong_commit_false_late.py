"""Wrong: sets product and author after validation with save(commit=False), so nothing checked the pair: a second review raises IntegrityError."""
class ReviewForm(forms.ModelForm):
    """The fields a customer may fill in: the rating and the text."""

    class Meta:
        model = Review
        fields = ["rating", "text"]


def add_review(product, user, data):
    """Return (form, saved review) for a valid review of product by user, else (form, None) with errors."""
    form = ReviewForm(data)
    if not form.is_valid():
        return form, None
    review = form.save(commit=False)
    review.product, review.author = product, user
    review.save()
    return form, review
