"""Wrong: counts the forms to require a line, but blank extra forms are valid and still counted: an order whose lines are all blank passes."""
class BaseLineFormSet(forms.BaseFormSet):
    """Order lines: no product on two lines that are kept."""

    def clean(self):
        """Raise a non-form error (code "duplicate") when two kept lines name the same product."""
        if any(self.errors):
            return
        if self.total_form_count() - len(self.deleted_forms) < 1:
            raise ValidationError("Add at least one line.", code="too_few_forms")
        seen = set()
        for form in self.forms:
            product = form.cleaned_data.get("product")
            if product is None or form.cleaned_data.get("DELETE"):
                continue
            if product in seen:
                raise ValidationError("%(product)s is on two lines.", code="duplicate", params={"product": product})
            seen.add(product)


LineFormSet = forms.formset_factory(LineForm, formset=BaseLineFormSet, extra=2, can_delete=True)
