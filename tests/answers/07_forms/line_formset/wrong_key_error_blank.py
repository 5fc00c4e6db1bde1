"""Wrong: reads form.cleaned_data["product"] for every form, but a blank extra form has empty cleaned_data: KeyError escapes is_valid()."""
class BaseLineFormSet(forms.BaseFormSet):
    """Order lines: no product on two lines that are kept."""

    def clean(self):
        """Raise a non-form error (code "duplicate") when two kept lines name the same product."""
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            if form.cleaned_data.get("DELETE"):
                continue
            product = form.cleaned_data["product"]
            if product in seen:
                raise ValidationError("%(product)s is on two lines.", code="duplicate", params={"product": product})
            seen.add(product)


LineFormSet = forms.formset_factory(LineForm, formset=BaseLineFormSet, extra=1, min_num=1, validate_min=True, can_delete=True)
