"""Right, differently: a deconstructible validator class (what a model field's migration can serialize), with a compiled pattern and fullmatch()."""
from django.utils.deconstruct import deconstructible


@deconstructible
class SkuValidator:
    pattern = re.compile(r"[A-Z]{3}-[0-9]{4}")

    def __call__(self, value):
        if not self.pattern.fullmatch(str(value)):
            raise ValidationError("%(value)s is not a SKU such as ABC-1234.", code="invalid_sku", params={"value": value})

    def __eq__(self, other):
        return isinstance(other, SkuValidator)


validate_sku = SkuValidator()
