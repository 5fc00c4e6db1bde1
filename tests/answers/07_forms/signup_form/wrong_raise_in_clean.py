"""Wrong: raises the mismatch from clean(), so it is a non-field error under __all__ at the top of the form, not on password2 where the user retypes it."""
class SignupForm(forms.Form):
    """A sign-up form: a lower-case username that is not reserved, and two passwords that match."""

    RESERVED = {"admin", "root", "staff"}
    username = forms.CharField(max_length=30)
    password1 = forms.CharField(widget=forms.PasswordInput, strip=False)  # a space is part of a password
    password2 = forms.CharField(widget=forms.PasswordInput, strip=False)  # (as in Django's UserCreationForm)

    def clean_username(self):
        username = self.cleaned_data["username"].lower()
        if username in self.RESERVED:
            raise ValidationError("The name %(name)s is reserved.", code="reserved", params={"name": username})
        return username

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            raise ValidationError("The two passwords differ.", code="mismatch")
        return cleaned
