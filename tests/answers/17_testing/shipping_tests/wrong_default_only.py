"""Wrong (the anti-pattern): tests only the default threshold, so a setting read once at import passes."""
class ShippingTests(SimpleTestCase):
    """The tests of shipping_cost."""
    def test_below(self):
        self.assertEqual(shipping_cost(Decimal("49.99")), Decimal("4.90"))

    def test_at_threshold(self):
        self.assertEqual(shipping_cost(Decimal("50.00")), Decimal("0.00"))
