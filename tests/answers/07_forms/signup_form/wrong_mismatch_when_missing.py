"""Wrong: clean_password2() compares with password1 even when password1 failed (missing): a blank first password also gets a bogus mismatch on password2."""
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

    def clean_password2(self):
        password2 = self.cleaned_data["password2"]
        if self.cleaned_data.get("password1") != password2:
            raise ValidationError("The two passwords differ.", code="mismatch")
        return password2
