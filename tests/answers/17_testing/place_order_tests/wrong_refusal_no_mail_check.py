"""Wrong: the refusal test never runs the callbacks or reads mail.outbox, so a refusal that still mails passes."""
class PlaceOrderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"), stock=3)
        cls.alice = User.objects.create_user("alice", "alice@example.com")

    def test_order(self):
        with self.captureOnCommitCallbacks() as callbacks:
            order = place_order(self.alice, self.kettle, 3)
        self.assertEqual(Order.objects.get().pk, order.pk)
        self.kettle.refresh_from_db()
        self.assertEqual(self.kettle.stock, 0)
        self.assertEqual(mail.outbox, [])
        for callback in callbacks:
            callback()
        self.assertEqual([m.to for m in mail.outbox], [["alice@example.com"]])

    def test_refused(self):
        with self.assertRaisesMessage(ValueError, "Not enough stock"):
            place_order(self.alice, self.kettle, 4)
        self.assertEqual(Order.objects.count(), 0)
        self.kettle.refresh_from_db()
        self.assertEqual(self.kettle.stock, 3)
