"""Wrong: catches IntegrityError without its own atomic() block. Inside an open transaction (ATOMIC_REQUESTS, a test) the failed INSERT breaks it: every later query raises TransactionManagementError."""
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
        return form, form.save()
    except IntegrityError:
        form.add_error(None, "You have already reviewed this product.")
        return form, None
