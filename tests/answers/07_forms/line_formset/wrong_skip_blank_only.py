"""Wrong: skips blank and deleted lines but not invalid ones, and reads cleaned_data["product"]: a line with a quantity and no product has no "product", so KeyError escapes is_valid() (a 500 in a view)."""
class BaseLineFormSet(forms.BaseFormSet):
    """Order lines: no product on two lines that are kept."""

    def clean(self):
        """Raise a non-form error (code "duplicate") when two kept lines name the same product."""
        seen = set()
        for form in self.forms:
            if not form.cleaned_data or form.cleaned_data.get("DELETE"):
                continue  # a blank line or a deleted one
            product = form.cleaned_data["product"]
            if product in seen:
                raise ValidationError("%(product)s is on two lines.", code="duplicate", params={"product": product})
            seen.add(product)


LineFormSet = forms.formset_factory(LineForm, formset=BaseLineFormSet, extra=1, min_num=1, validate_min=True, can_delete=True)
