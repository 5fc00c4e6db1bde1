"""Right, differently: no min_num; two extra forms, and clean() itself counts the kept lines (filled in, not deleted) and looks for duplicates."""
class BaseLineFormSet(forms.BaseFormSet):
    """Order lines: no product on two lines that are kept."""

    def clean(self):
        """Raise a non-form error (code "duplicate") when two kept lines name the same product."""
        if any(self.errors):
            return
        kept = [form.cleaned_data["product"] for form in self.forms
                if form.cleaned_data.get("product") is not None and not form.cleaned_data.get("DELETE")]
        if not kept:
            raise ValidationError("Add at least one line.", code="too_few_forms")
        if len(kept) != len(set(kept)):
            raise ValidationError("A product is on two lines.", code="duplicate")


LineFormSet = forms.formset_factory(LineForm, formset=BaseLineFormSet, extra=2, can_delete=True)
