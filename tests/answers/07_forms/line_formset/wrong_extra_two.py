"""Wrong: extra=2 with min_num=1 shows three lines, not two: min_num forms are added to the extra ones."""
class BaseLineFormSet(forms.BaseFormSet):
    """Order lines: no product on two lines that are kept."""

    def clean(self):
        """Raise a non-form error (code "duplicate") when two kept lines name the same product."""
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            product = form.cleaned_data.get("product")
            if product is None or form.cleaned_data.get("DELETE"):
                continue
            if product in seen:
                raise ValidationError("%(product)s is on two lines.", code="duplicate", params={"product": product})
            seen.add(product)


LineFormSet = forms.formset_factory(LineForm, formset=BaseLineFormSet, extra=2, min_num=1, validate_min=True, can_delete=True)
