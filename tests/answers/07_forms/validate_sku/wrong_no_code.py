"""Wrong: the message is formatted in place and has no code, so a form's error_messages cannot reword it (and tests cannot check the code)."""
def validate_sku(value):
    """Raise ValidationError (code "invalid_sku", the value in params["value"]) unless value is like ABC-1234."""
    if re.fullmatch(r"[A-Z]{3}-[0-9]{4}", value) is None:
        raise ValidationError(f"{value} is not a SKU such as ABC-1234.")
