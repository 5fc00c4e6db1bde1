"""Matches any number and converts it, the anti-pattern of section 6: /archive/2024/13/ reaches the view with 13,
which the converter should have refused (then the URL is a 404 and the view never sees it)."""


class MonthConverter:
    """A month in a URL: two digits, 01 to 12, passed to the view as an int."""

    regex = "[0-9]+"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):02d}"
