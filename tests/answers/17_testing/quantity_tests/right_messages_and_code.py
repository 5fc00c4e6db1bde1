"""Right: both ends in one list; each refusal read from the exception's messages and code."""
class QuantityTests(SimpleTestCase):
    def test_ends(self):
        self.assertEqual([parse_quantity(t) for t in ("1", "\t99\n")], [1, 99])

    def test_refused(self):
        for text in ("0", "100", "x1", "1.5"):
            with self.subTest(text):
                with self.assertRaises(ValidationError) as caught:
                    parse_quantity(text)
                self.assertEqual(caught.exception.messages, ["Enter a whole number from 1 to 99."])
                self.assertEqual(caught.exception.code, "invalid")
