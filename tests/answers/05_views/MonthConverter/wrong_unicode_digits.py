"""Uses \\d{2}: \\d also matches non-ASCII digits, so /archive/2024/٠٥/ (Arabic-Indic digits) reaches the view as month 5."""
class MonthConverter:
    regex = r"\d{2}"

    def to_python(self, value):
        month = int(value)
        if not 1 <= month <= 12:
            raise ValueError
        return month

    def to_url(self, value):
        if not 1 <= int(value) <= 12:
            raise ValueError
        return "%02d" % int(value)
