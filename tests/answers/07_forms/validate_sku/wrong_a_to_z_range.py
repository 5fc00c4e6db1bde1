"""Wrong: `[A-z]` is not "any letter": it spans a-z and the six characters between Z and a ([ \\ ] ^ _ `), so 'AbC-1234' passes."""
def validate_sku(value):
    """Raise ValidationError (code "invalid_sku", the value in params["value"]) unless value is like ABC-1234."""
    if re.fullmatch(r"[A-Z][A-z]{2}-[0-9]{4}", value) is None:
        raise ValidationError("%(value)s is not a SKU such as ABC-1234.", code="invalid_sku", params={"value": value})
