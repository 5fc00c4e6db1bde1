"""Wrong: checks for an earlier review in clean() and then saves: check, then write. Another request can save the same review in between, and the INSERT raises IntegrityError."""
class ReviewForm(forms.ModelForm):
    """The fields a customer may fill in: the rating and the text."""

    class Meta:
        model = Review
        fields = ["rating", "text"]

    def clean(self):
        cleaned = super().clean()
        earlier = Review.objects.filter(product=self.instance.product, author=self.instance.author)
        if earlier.exclude(pk=self.instance.pk).exists():
            raise ValidationError("You have already reviewed this product.", code="duplicate")
        return cleaned


def add_review(product, user, data):
    """Return (form, saved review) for a valid review of product by user, else (form, None) with errors."""
    form = ReviewForm(data, instance=Review(product=product, author=user))
    return (form, form.save()) if form.is_valid() else (form, None)
