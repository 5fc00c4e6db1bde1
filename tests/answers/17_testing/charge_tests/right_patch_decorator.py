"""Right: the patch as a class decorator with a recorded list of calls, and the order read back with values()."""
@mock.patch.object(payments, "charge")
class ChargeTests(TestCase):
    """The tests of charge_order, with the payment service mocked."""
    @classmethod
    def setUpTestData(cls):
        mug = Product.objects.create(name="Mug", price=Decimal("5.10"))
        cls.order = Order.objects.create(customer=User.objects.create_user("bob"), product=mug, quantity=7)

    def paid(self):
        return Order.objects.filter(pk=self.order.pk).values_list("paid", flat=True).get()

    def test_success(self, charge):
        self.assertEqual(charge_order(self.order, "tok_1"), True)
        self.assertEqual(charge.call_args_list,
                         [mock.call(amount_cents=3570, token="tok_1", idempotency_key=f"order-{self.order.pk}")])
        self.assertTrue(self.paid())

    def test_declined(self, charge):
        charge.side_effect = CardDeclined("insufficient funds")
        self.assertEqual(charge_order(self.order, "tok_2"), False)
        self.assertEqual(charge.call_count, 1)
        self.assertFalse(self.paid())
