"""Wrong: `^...$` with \\d. `$` also matches before a final newline, which a model field does not strip, and \\d matches any Unicode digit."""
def validate_sku(value):
    """Raise ValidationError (code "invalid_sku", the value in params["value"]) unless value is like ABC-1234."""
    if not re.match(r"^[A-Z]{3}-\d{4}$", value):
        raise ValidationError("%(value)s is not a SKU such as ABC-1234.", code="invalid_sku", params={"value": value})
