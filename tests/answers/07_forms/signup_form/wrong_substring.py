"""Wrong: refuses every username that contains a reserved word, so 'Rootbeer' and 'Staffan' cannot sign up; compare the whole name."""
class SignupForm(forms.Form):
    """A sign-up form: a lower-case username that is not reserved, and two passwords that match."""

    RESERVED = {"admin", "root", "staff"}
    username = forms.CharField(max_length=30)
    password1 = forms.CharField(widget=forms.PasswordInput, strip=False)  # a space is part of a password
    password2 = forms.CharField(widget=forms.PasswordInput, strip=False)  # (as in Django's UserCreationForm)

    def clean_username(self):
        username = self.cleaned_data["username"].lower()
        if any(word in username for word in self.RESERVED):
            raise ValidationError("The name %(name)s is reserved.", code="reserved", params={"name": username})
        return username

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", ValidationError("The two passwords differ.", code="mismatch"))
        return cleaned
