"""Right, differently: Django's RegexValidator, anchored with \\Z; it passes the value as params["value"] itself."""
from django.core.validators import RegexValidator

validate_sku = RegexValidator(r"^[A-Z]{3}-[0-9]{4}\Z", message="%(value)s is not a SKU such as ABC-1234.", code="invalid_sku")
