"""Returns the matched text from to_python(): the view gets the string "05", not the int 5."""


class MonthConverter:
    """A month in a URL: two digits, 01 to 12, passed to the view as an int."""

    regex = "0[1-9]|1[0-2]"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return f"{int(value):02d}"
