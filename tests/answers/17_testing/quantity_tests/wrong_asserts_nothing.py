"""Wrong: calls parse_quantity but asserts nothing, so every bug passes."""
# QuantityTests: the tests of parse_quantity, in the test class that the code needs.
class QuantityTests(SimpleTestCase):
    """The tests of parse_quantity."""
    def test_runs(self):
        for text in ("1", "50", "99"):
            parse_quantity(text)
