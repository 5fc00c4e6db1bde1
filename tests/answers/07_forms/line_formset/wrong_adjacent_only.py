"""Wrong: compares each kept line with the one before it only, so Pen, Ink, Pen passes; a duplicate can be anywhere in the order."""
class BaseLineFormSet(forms.BaseFormSet):
    """Order lines: no product on two lines that are kept."""

    def clean(self):
        """Raise a non-form error (code "duplicate") when two kept lines name the same product."""
        if any(self.errors):
            return
        kept = [form.cleaned_data["product"] for form in self.forms
                if form.cleaned_data.get("product") is not None and not form.cleaned_data.get("DELETE")]
        for previous, current in zip(kept, kept[1:]):
            if previous == current:
                raise ValidationError("%(product)s is on two lines.", code="duplicate", params={"product": current})


LineFormSet = forms.formset_factory(LineForm, formset=BaseLineFormSet, extra=1, min_num=1, validate_min=True, can_delete=True)
