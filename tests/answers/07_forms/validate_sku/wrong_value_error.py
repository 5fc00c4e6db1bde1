"""Wrong: raises ValueError. Fields catch only ValidationError, so is_valid() crashes (a 500 in a view) instead of reporting an error."""
def validate_sku(value):
    """Raise ValidationError (code "invalid_sku", the value in params["value"]) unless value is like ABC-1234."""
    if re.fullmatch(r"[A-Z]{3}-[0-9]{4}", value) is None:
        raise ValueError(f"{value} is not a SKU such as ABC-1234.")
