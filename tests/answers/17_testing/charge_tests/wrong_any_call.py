"""Wrong: checks that the service was called, not with what, so euros for cents or another key passes."""
class ChargeTests(TestCase):
    """The tests of charge_order, with the payment service mocked."""
    @classmethod
    def setUpTestData(cls):
        teapot = Product.objects.create(name="Teapot", price=Decimal("12.45"))
        cls.order = Order.objects.create(customer=User.objects.create_user("alice"), product=teapot, quantity=3)

    def test_paid(self):
        with mock.patch.object(payments, "charge") as charge:
            self.assertTrue(charge_order(self.order, "tok_visa"))
        self.assertTrue(charge.called)
        self.assertTrue(Order.objects.get(pk=self.order.pk).paid)

    def test_declined(self):
        with mock.patch.object(payments, "charge", side_effect=CardDeclined):
            self.assertFalse(charge_order(self.order, "tok_visa"))
        self.assertFalse(Order.objects.get(pk=self.order.pk).paid)
