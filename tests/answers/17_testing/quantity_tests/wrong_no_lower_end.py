"""Wrong: checks that 99 is accepted but never 1, so a version that refuses 1 passes."""
class QuantityTests(SimpleTestCase):
    def test_accepts(self):
        for text, n in ((" 42 ", 42), ("99", 99), ("7", 7)):
            self.assertEqual(parse_quantity(text), n)

    def test_refuses(self):
        for text in ("0", "100", "abc"):
            with self.assertRaisesMessage(ValidationError, "Enter a whole number from 1 to 99."):
                parse_quantity(text)
