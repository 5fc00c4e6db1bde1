"""Right, differently: no regular expression; the parts are checked with string methods limited to ASCII."""
import string


def validate_sku(value):
    """Raise ValidationError (code "invalid_sku", the value in params["value"]) unless value is like ABC-1234."""
    letters, dash, digits = value[:3], value[3:4], value[4:]
    if not (len(value) == 8 and dash == "-" and all(c in string.ascii_uppercase for c in letters)
            and all(c in string.digits for c in digits)):
        raise ValidationError("%(value)s is not a SKU such as ABC-1234.", code="invalid_sku", params={"value": value})
