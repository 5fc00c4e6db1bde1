"""Wrong: compares the passwords in clean_password1(), which runs before password2 is cleaned: cleaned_data has no password2 yet, so every sign-up gets a mismatch (on password1)."""
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

    def clean_password1(self):
        password1 = self.cleaned_data["password1"]
        if password1 != self.cleaned_data.get("password2"):
            raise ValidationError("The two passwords differ.", code="mismatch")
        return password1
