"""Wrong: a str.format() placeholder. Django fills a message with `message % params`, so the user reads "{value} is not a SKU" with the braces."""
def validate_sku(value):
    """Raise ValidationError (code "invalid_sku", the value in params["value"]) unless value is like ABC-1234."""
    if re.fullmatch(r"[A-Z]{3}-[0-9]{4}", value) is None:
        raise ValidationError("{value} is not a SKU such as ABC-1234.", code="invalid_sku", params={"value": value})
