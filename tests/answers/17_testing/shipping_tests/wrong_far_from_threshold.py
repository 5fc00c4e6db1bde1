"""Wrong: uses the setting but no total at the threshold itself, so 'free only above it' passes."""
class ShippingTests(SimpleTestCase):
    """The tests of shipping_cost."""
    def test_default(self):
        self.assertEqual(shipping_cost(Decimal("10.00")), Decimal("4.90"))
        self.assertEqual(shipping_cost(Decimal("80.00")), Decimal("0.00"))

    def test_setting(self):
        with self.settings(SHOP_FREE_SHIPPING_FROM=Decimal("20.00")):
            self.assertEqual(shipping_cost(Decimal("10.00")), Decimal("4.90"))
            self.assertEqual(shipping_cost(Decimal("30.00")), Decimal("0.00"))
