"""Wrong: `exclude = ["product", "author", "approved"]` leaves out today's staff fields only; any field added to Review later becomes editable by a POST (mass assignment). List the fields."""
class ReviewForm(forms.ModelForm):
    """The fields a customer may fill in: the rating and the text."""

    class Meta:
        model = Review
        exclude = ["product", "author", "approved"]


def add_review(product, user, data):
    """Return (form, saved review) for a valid review of product by user, else (form, None) with errors."""
    form = ReviewForm(data, instance=Review(product=product, author=user))
    if not form.is_valid():
        return form, None
    try:
        with transaction.atomic():
            return form, form.save()
    except IntegrityError:
        form.add_error(None, ValidationError("You have already reviewed this product.", code="duplicate"))
        return form, None
