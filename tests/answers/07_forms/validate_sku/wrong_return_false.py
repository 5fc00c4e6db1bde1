"""Wrong: returns False for a bad value, as if validators were predicates. Django ignores a validator's return value, so every value passes."""
def validate_sku(value):
    """Raise ValidationError (code "invalid_sku", the value in params["value"]) unless value is like ABC-1234."""
    return re.fullmatch(r"[A-Z]{3}-[0-9]{4}", value) is not None
