"""Right: one small test per case, assertRaises with the message read from the exception."""
# QuantityTests: the tests of parse_quantity, in the test class that the code needs.
class QuantityTests(SimpleTestCase):
    """The tests of parse_quantity."""
    def assertRefused(self, text):
        with self.assertRaises(ValidationError) as caught:
            parse_quantity(text)
        self.assertEqual(caught.exception.messages, ["Enter a whole number from 1 to 99."])

    def test_lowest(self):
        self.assertEqual(parse_quantity("1"), 1)

    def test_highest_with_spaces(self):
        result = parse_quantity(" 99\n")
        self.assertEqual((result, type(result)), (99, int))

    def test_zero(self):
        self.assertRefused("0")

    def test_hundred(self):
        self.assertRefused("100")

    def test_not_a_number(self):
        self.assertRefused("two")
