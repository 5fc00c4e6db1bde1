"""Wrong: checks the stock and the mail but never that the order row exists, so a version that never saves the order passes."""
class PlaceOrderTests(TestCase):
    """The tests of place_order."""
    @classmethod
    def setUpTestData(cls):
        cls.kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"), stock=3)
        cls.alice = User.objects.create_user("alice", "alice@example.com")

    def test_order(self):
        with self.captureOnCommitCallbacks() as callbacks:
            place_order(self.alice, self.kettle, 3)
        self.assertEqual(mail.outbox, [])
        self.kettle.refresh_from_db()
        self.assertEqual(self.kettle.stock, 0)
        for callback in callbacks:
            callback()
        self.assertEqual([m.to for m in mail.outbox], [["alice@example.com"]])

    def test_refused(self):
        with self.captureOnCommitCallbacks(execute=True):
            with self.assertRaisesMessage(ValueError, "Not enough stock"):
                place_order(self.alice, self.kettle, 4)
        self.assertEqual(Order.objects.count(), 0)
        self.kettle.refresh_from_db()
        self.assertEqual(self.kettle.stock, 3)
        self.assertEqual(mail.outbox, [])
