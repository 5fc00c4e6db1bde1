"""Right, differently: reserved names are refused by a validator on the field (case-insensitive, it sees the raw value), clean_username() only lower-cases, and clean() raises a dict of errors."""
def not_reserved(value):
    if value.lower() in {"admin", "root", "staff"}:
        raise ValidationError("The name %(value)s is reserved.", code="reserved", params={"value": value})


class SignupForm(forms.Form):
    """A sign-up form: a lower-case username that is not reserved, and two passwords that match."""

    RESERVED = {"admin", "root", "staff"}
    username = forms.CharField(max_length=30, validators=[not_reserved])
    password1 = forms.CharField(widget=forms.PasswordInput, strip=False)  # a space is part of a password
    password2 = forms.CharField(widget=forms.PasswordInput, strip=False)  # (as in Django's UserCreationForm)

    def clean_username(self):
        return self.cleaned_data["username"].lower()

    def clean(self):
        cleaned = super().clean()
        if "password1" in cleaned and "password2" in cleaned and cleaned["password1"] != cleaned["password2"]:
            raise ValidationError({"password2": ValidationError("The two passwords differ.", code="mismatch")})
        return cleaned
