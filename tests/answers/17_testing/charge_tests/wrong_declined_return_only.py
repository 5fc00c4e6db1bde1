"""Wrong: the declined test checks only the return value, so a version that marks the order paid before charging passes."""
class ChargeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        teapot = Product.objects.create(name="Teapot", price=Decimal("12.45"))
        cls.order = Order.objects.create(customer=User.objects.create_user("alice"), product=teapot, quantity=3)

    def test_charges_once_and_marks_paid(self):
        with mock.patch.object(payments, "charge", autospec=True) as charge:
            self.assertIs(charge_order(self.order, "tok_visa"), True)
        charge.assert_called_once_with(amount_cents=3735, token="tok_visa", idempotency_key=f"order-{self.order.pk}")
        self.assertTrue(Order.objects.get(pk=self.order.pk).paid)

    def test_declined(self):
        with mock.patch.object(payments, "charge", autospec=True, side_effect=CardDeclined):
            self.assertIs(charge_order(self.order, "tok_declined"), False)
