"""Wrong: clean() reads cleaned_data["password1"] with [], but a field that failed (left empty) is not there: KeyError escapes is_valid(), a 500 in a view."""
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
        if cleaned["password1"] != cleaned["password2"]:
            self.add_error("password2", ValidationError("The two passwords differ.", code="mismatch"))
        return cleaned
