"""Writes the month without padding in to_url(): reverse() produces "5", which its own regex (two digits) rejects,
so reverse() of month 5 raises NoReverseMatch instead of giving /archive/2024/05/."""


class MonthConverter:
    """A month in a URL: two digits, 01 to 12, passed to the view as an int."""

    regex = "0[1-9]|1[0-2]"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
