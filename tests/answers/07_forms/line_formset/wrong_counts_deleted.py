"""Wrong: the duplicate check does not skip deleted lines, so deleting one of two identical lines still leaves the order invalid."""
class BaseLineFormSet(forms.BaseFormSet):
    """Order lines: no product on two lines that are kept."""

    def clean(self):
        """Raise a non-form error (code "duplicate") when two kept lines name the same product."""
        if any(self.errors):
            return
        products = [form.cleaned_data["product"] for form in self.forms if form.cleaned_data.get("product")]
        if len(products) != len(set(products)):
            raise ValidationError("A product is on two lines.", code="duplicate")


LineFormSet = forms.formset_factory(LineForm, formset=BaseLineFormSet, extra=1, min_num=1, validate_min=True, can_delete=True)
