"""Wrong: never orders more than the stock, so an oversell or an order left behind passes."""
class PlaceOrderTests(TestCase):
    """The tests of place_order."""
    @classmethod
    def setUpTestData(cls):
        cls.kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"), stock=5)
        cls.alice = User.objects.create_user("alice", "alice@example.com")

    def test_order(self):
        with self.captureOnCommitCallbacks() as callbacks:
            place_order(self.alice, self.kettle, 2)
        self.assertEqual(mail.outbox, [])
        self.kettle.refresh_from_db()
        self.assertEqual(self.kettle.stock, 3)
        for callback in callbacks:
            callback()
        self.assertEqual([m.to for m in mail.outbox], [["alice@example.com"]])
