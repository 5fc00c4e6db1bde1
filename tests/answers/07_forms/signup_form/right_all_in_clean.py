"""Right, differently: no clean_<field>() hook; the form's clean() lower-cases (casefold) and checks the username only when it passed, and compares the passwords only when both did."""
class SignupForm(forms.Form):
    """A sign-up form: a lower-case username that is not reserved, and two passwords that match."""

    RESERVED = {"admin", "root", "staff"}
    username = forms.CharField(max_length=30)
    password1 = forms.CharField(widget=forms.PasswordInput, strip=False)  # a space is part of a password
    password2 = forms.CharField(widget=forms.PasswordInput, strip=False)  # (as in Django's UserCreationForm)

    def clean(self):
        cleaned = super().clean()
        if "username" in cleaned:
            cleaned["username"] = cleaned["username"].casefold()
            if cleaned["username"] in self.RESERVED:
                self.add_error("username", ValidationError("The name %(name)s is reserved.", code="reserved",
                                                           params={"name": cleaned["username"]}))
        if {"password1", "password2"} <= cleaned.keys() and cleaned["password1"] != cleaned["password2"]:
            self.add_error("password2", ValidationError("The two passwords differ.", code="mismatch"))
        return cleaned
