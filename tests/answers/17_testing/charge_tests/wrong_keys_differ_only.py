"""Wrong: checks only that two orders get different idempotency keys, so a new key on every call (a retry charged twice) passes."""
class ChargeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        teapot = Product.objects.create(name="Teapot", price=Decimal("12.45"))
        alice = User.objects.create_user("alice")
        cls.order = Order.objects.create(customer=alice, product=teapot, quantity=3)
        cls.other = Order.objects.create(customer=alice, product=teapot, quantity=1)

    def test_charges_once_and_marks_paid(self):
        with mock.patch.object(payments, "charge", autospec=True) as charge:
            self.assertIs(charge_order(self.order, "tok_visa"), True)
            charge_order(self.other, "tok_visa")
        first, second = charge.call_args_list
        self.assertEqual(first.kwargs["amount_cents"], 3735)
        self.assertEqual(first.kwargs["token"], "tok_visa")
        self.assertNotEqual(first.kwargs["idempotency_key"], second.kwargs["idempotency_key"])
        self.assertEqual(charge.call_count, 2)
        self.assertTrue(Order.objects.get(pk=self.order.pk).paid)

    def test_declined(self):
        with mock.patch.object(payments, "charge", autospec=True, side_effect=CardDeclined):
            self.assertIs(charge_order(self.order, "tok_declined"), False)
        self.assertFalse(Order.objects.get(pk=self.order.pk).paid)
