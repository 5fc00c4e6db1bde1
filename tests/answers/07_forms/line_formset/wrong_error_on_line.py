"""Wrong: puts the duplicate on the second line (add_error) instead of the whole formset, so it is not a non-form error."""
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
                form.add_error("product", ValidationError("This product is on another line.", code="duplicate"))
            seen.add(product)


LineFormSet = forms.formset_factory(LineForm, formset=BaseLineFormSet, extra=1, min_num=1, validate_min=True, can_delete=True)
