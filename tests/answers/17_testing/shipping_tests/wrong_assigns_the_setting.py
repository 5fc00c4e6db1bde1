"""Wrong: assigns to settings instead of override_settings, so the value leaks into every later test."""
class ShippingTests(SimpleTestCase):
    """The tests of shipping_cost."""
    def test_default(self):
        self.assertEqual(shipping_cost(Decimal("49.99")), Decimal("4.90"))
        self.assertEqual(shipping_cost(Decimal("50.00")), Decimal("0.00"))

    def test_setting(self):
        settings.SHOP_FREE_SHIPPING_FROM = Decimal("20.00")
        self.assertEqual(shipping_cost(Decimal("19.99")), Decimal("4.90"))
        self.assertEqual(shipping_cost(Decimal("20.00")), Decimal("0.00"))
