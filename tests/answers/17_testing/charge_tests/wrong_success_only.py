"""Wrong: never declines a card, so a version that marks a declined order paid passes."""
class ChargeTests(TestCase):
    """The tests of charge_order, with the payment service mocked."""
    @classmethod
    def setUpTestData(cls):
        teapot = Product.objects.create(name="Teapot", price=Decimal("12.45"))
        cls.order = Order.objects.create(customer=User.objects.create_user("alice"), product=teapot, quantity=3)

    def test_paid(self):
        with mock.patch.object(payments, "charge", autospec=True) as charge:
            self.assertIs(charge_order(self.order, "tok_visa"), True)
        charge.assert_called_once_with(amount_cents=3735, token="tok_visa", idempotency_key=f"order-{self.order.pk}")
        self.assertTrue(Order.objects.get(pk=self.order.pk).paid)
