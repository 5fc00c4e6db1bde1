"""Wrong: good tests in a TestCase, for code that touches no database (SimpleTestCase is the class it needs)."""
# QuantityTests: the tests of parse_quantity, in the test class that the code needs.
class QuantityTests(TestCase):
    """The tests of parse_quantity."""
    def test_valid(self):
        for text, expected in (("1", 1), (" 42 ", 42), ("99", 99)):
            self.assertEqual(parse_quantity(text), expected)

    def test_invalid(self):
        for text in ("0", "100", "abc"):
            with self.assertRaisesMessage(ValidationError, "Enter a whole number from 1 to 99."):
                parse_quantity(text)
