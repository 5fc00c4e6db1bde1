"""Wrong: tests values far from the ends of the range, so an off-by-one at 0, 99 or 100 passes."""
# QuantityTests: the tests of parse_quantity, in the test class that the code needs.
class QuantityTests(SimpleTestCase):
    """The tests of parse_quantity."""
    def test_valid(self):
        self.assertEqual(parse_quantity("5"), 5)

    def test_invalid(self):
        for text in ("-7", "500", "abc"):
            with self.assertRaisesMessage(ValidationError, "Enter a whole number from 1 to 99."):
                parse_quantity(text)
