"""Right, differently: no min_num and no early return; a Counter of the products of the valid, kept lines gives both the at-least-one-line rule and the duplicates."""
from collections import Counter


class BaseLineFormSet(forms.BaseFormSet):
    """Order lines: no product on two lines that are kept."""

    def clean(self):
        """Raise a non-form error (code "duplicate") when two kept lines name the same product."""
        kept = Counter(form.cleaned_data["product"] for form in self.forms
                       if form.is_valid() and "product" in form.cleaned_data and not form.cleaned_data.get("DELETE"))
        if not kept and not any(self.errors):
            raise ValidationError("Add at least one line.", code="too_few_forms")
        twice = [product for product, count in kept.items() if count > 1]
        if twice:
            raise ValidationError("%(product)s is on two lines.", code="duplicate", params={"product": twice[0]})


LineFormSet = forms.formset_factory(LineForm, formset=BaseLineFormSet, extra=2, can_delete=True)
