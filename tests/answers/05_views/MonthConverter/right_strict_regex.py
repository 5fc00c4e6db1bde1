"""Right: the regex itself allows only 01 to 12, so to_python() is a plain int(); to_url() checks the range and pads."""


class MonthConverter:
    """A month in a URL: two digits, 01 to 12, passed to the view as an int."""

    regex = "0[1-9]|1[0-2]"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        if value not in range(1, 13):
            raise ValueError(f"no month {value!r}")
        return "%02d" % value
