"""Wrong: checks order.paid on the test's own object, not the row, so a version that never writes paid to the database passes."""
class ChargeTests(TestCase):
    """The tests of charge_order, with the payment service mocked."""
    @classmethod
    def setUpTestData(cls):
        teapot = Product.objects.create(name="Teapot", price=Decimal("12.45"))
        cls.order = Order.objects.create(customer=User.objects.create_user("alice"), product=teapot, quantity=3)

    def test_charges_once_and_marks_paid(self):
        with mock.patch.object(payments, "charge", autospec=True) as charge:
            self.assertIs(charge_order(self.order, "tok_visa"), True)
        charge.assert_called_once_with(amount_cents=3735, token="tok_visa", idempotency_key=f"order-{self.order.pk}")
        self.assertTrue(self.order.paid)

    def test_declined(self):
        with mock.patch.object(payments, "charge", autospec=True, side_effect=CardDeclined):
            self.assertIs(charge_order(self.order, "tok_declined"), False)
        self.assertFalse(self.order.paid)
