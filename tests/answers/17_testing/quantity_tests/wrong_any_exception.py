"""Wrong (the anti-pattern): assertRaises(Exception) accepts a ValueError where a ValidationError is due."""
# QuantityTests: the tests of parse_quantity, in the test class that the code needs.
class QuantityTests(SimpleTestCase):
    """The tests of parse_quantity."""
    def test_valid(self):
        self.assertEqual(parse_quantity("1"), 1)
        self.assertEqual(parse_quantity("99"), 99)

    def test_invalid(self):
        for text in ("0", "100", "abc"):
            with self.assertRaises(Exception):
                parse_quantity(text)
