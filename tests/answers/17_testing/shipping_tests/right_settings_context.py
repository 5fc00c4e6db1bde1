"""Right: self.settings() as a context manager, several thresholds in a loop."""
class ShippingTests(SimpleTestCase):
    """The tests of shipping_cost."""
    def test_thresholds(self):
        for free_from in (Decimal("50.00"), Decimal("0.01"), Decimal("75.50")):
            with self.subTest(free_from=free_from), self.settings(SHOP_FREE_SHIPPING_FROM=free_from):
                self.assertEqual(shipping_cost(free_from - Decimal("0.01")), Decimal("4.90"))
                self.assertEqual(shipping_cost(free_from), Decimal("0.00"))

    def test_default_is_fifty(self):
        self.assertEqual([shipping_cost(Decimal(t)) for t in ("49.99", "50.00")], [Decimal("4.90"), Decimal("0.00")])
