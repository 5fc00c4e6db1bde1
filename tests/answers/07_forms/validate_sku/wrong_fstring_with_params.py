"""Wrong: pastes the value into the message with an f-string and also passes params; Django formats the message with `message % params`, so a value such as '50% off' makes showing the error raise TypeError (a 500)."""
def validate_sku(value):
    """Raise ValidationError (code "invalid_sku", the value in params["value"]) unless value is like ABC-1234."""
    if re.fullmatch(r"[A-Z]{3}-[0-9]{4}", value) is None:
        raise ValidationError(f"{value} is not a SKU such as ABC-1234.", code="invalid_sku", params={"value": value})
