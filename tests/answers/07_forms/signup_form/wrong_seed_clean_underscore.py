"""Wrong: the popular answer's `clean_()` hook. No field is named "", so Django never calls it: 'Admin' is accepted and nothing is lower-cased."""
class SignupForm(forms.Form):
    """A sign-up form: a lower-case username that is not reserved, and two passwords that match."""

    RESERVED = {"admin", "root", "staff"}
    username = forms.CharField(max_length=30)
    password1 = forms.CharField(widget=forms.PasswordInput, strip=False)  # a space is part of a password
    password2 = forms.CharField(widget=forms.PasswordInput, strip=False)  # (as in Django's UserCreationForm)

    def clean_(self):
        username = self.cleaned_data.get("username", "").lower()
        if username in self.RESERVED:
            self.add_error("username", ValidationError("The name is reserved.", code="reserved"))
        self.cleaned_data["username"] = username
        password1, password2 = self.cleaned_data.get("password1"), self.cleaned_data.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", ValidationError("The two passwords differ.", code="mismatch"))
        return self.cleaned_data
