"""Right: self.settings() over two thresholds; the default checked on both sides of 50."""
class ShippingTests(SimpleTestCase):
    def test_default(self):
        self.assertEqual([shipping_cost(Decimal(t)) for t in ("0.01", "49.99", "50.00", "120")],
                         [Decimal("4.90"), Decimal("4.90"), Decimal("0"), Decimal("0")])

    def test_setting(self):
        for threshold in (Decimal("10.00"), Decimal("75.00")):
            with self.settings(SHOP_FREE_SHIPPING_FROM=threshold):
                self.assertEqual(shipping_cost(threshold - Decimal("0.01")), Decimal("4.90"))
                self.assertEqual(shipping_cost(threshold), Decimal("0.00"))
