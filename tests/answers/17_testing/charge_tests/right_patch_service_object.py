"""Right: the whole payments object patched by its dotted name; the calls compared with call_args_list."""
class ChargeTests(TestCase):
    def setUp(self):
        kettle = Product.objects.create(name="Kettle", price=Decimal("19.99"))
        self.order = Order.objects.create(customer=User.objects.create_user("zoe"), product=kettle, quantity=2)

    def test_paid(self):
        with mock.patch("__main__.payments") as service:
            result = charge_order(self.order, "tok")
        self.assertTrue(result)
        self.assertEqual(service.charge.call_args_list,
                         [mock.call(amount_cents=3998, token="tok", idempotency_key=f"order-{self.order.pk}")])
        self.order.refresh_from_db()
        self.assertTrue(self.order.paid)

    def test_declined(self):
        with mock.patch("__main__.payments") as service:
            service.charge.side_effect = CardDeclined("no")
            self.assertFalse(charge_order(self.order, "tok"))
        self.assertEqual(Order.objects.filter(paid=True).count(), 0)
