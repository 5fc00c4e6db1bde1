"""Right: rows made in setUp, two orders, the one callback run by hand; a refusal registers no callback at all."""
class PlaceOrderTests(TestCase):
    def setUp(self):
        self.kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"), stock=5)
        self.bob = User.objects.create_user("bob", "bob@example.com")

    def test_partial_then_rest(self):
        with self.captureOnCommitCallbacks() as callbacks:
            first = place_order(self.bob, self.kettle, 2)
        self.assertEqual(len(callbacks), 1)
        self.assertFalse(mail.outbox)
        callbacks[0]()
        self.assertEqual(mail.outbox[0].subject, f"Order {first.pk} confirmed")
        self.assertEqual(mail.outbox[0].to, ["bob@example.com"])
        with self.captureOnCommitCallbacks(execute=True):
            place_order(self.bob, self.kettle, 3)
        self.assertEqual(Product.objects.get(pk=self.kettle.pk).stock, 0)
        self.assertEqual(list(Order.objects.order_by("pk").values_list("quantity", flat=True)), [2, 3])

    def test_refused_changes_nothing(self):
        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            self.assertRaises(ValueError, place_order, self.bob, self.kettle, 6)
        self.assertEqual(callbacks, [])
        self.assertEqual((Product.objects.get(pk=self.kettle.pk).stock, Order.objects.count(), len(mail.outbox)), (5, 0, 0))
