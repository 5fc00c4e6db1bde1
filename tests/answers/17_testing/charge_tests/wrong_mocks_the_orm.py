"""Wrong (the anti-pattern): mocks Order.save and checks it was called, which fails on a correct version that uses update()."""
class ChargeTests(TestCase):
    """The tests of charge_order, with the payment service mocked."""
    @classmethod
    def setUpTestData(cls):
        teapot = Product.objects.create(name="Teapot", price=Decimal("12.45"))
        cls.order = Order.objects.create(customer=User.objects.create_user("alice"), product=teapot, quantity=3)

    @mock.patch.object(Order, "save")
    @mock.patch.object(payments, "charge")
    def test_charges_and_saves(self, charge, save):
        self.assertIs(charge_order(self.order, "tok_visa"), True)
        charge.assert_called_once_with(amount_cents=3735, token="tok_visa", idempotency_key=f"order-{self.order.pk}")
        save.assert_called_once_with(update_fields=["paid"])

    @mock.patch.object(Order, "save")
    @mock.patch.object(payments, "charge", side_effect=CardDeclined)
    def test_declined(self, charge, save):
        self.assertIs(charge_order(self.order, "tok_visa"), False)
        save.assert_not_called()
