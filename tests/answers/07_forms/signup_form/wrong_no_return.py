"""Wrong: clean_username() checks the name but returns nothing, so cleaned_data["username"] becomes None."""
class SignupForm(forms.Form):
    """A sign-up form: a lower-case username that is not reserved, and two passwords that match."""

    RESERVED = {"admin", "root", "staff"}
    username = forms.CharField(max_length=30)
    password1 = forms.CharField(widget=forms.PasswordInput, strip=False)  # a space is part of a password
    password2 = forms.CharField(widget=forms.PasswordInput, strip=False)  # (as in Django's UserCreationForm)

    def clean_username(self):
        if self.cleaned_data["username"].lower() in self.RESERVED:
            raise ValidationError("The name is reserved.", code="reserved")

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", ValidationError("The two passwords differ.", code="mismatch"))
        return cleaned
