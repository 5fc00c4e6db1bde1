"""Wrong: under TestCase the commit never comes, and the test checks that no mail left, so never mailing passes."""
class PlaceOrderTests(TestCase):
    """The tests of place_order."""
    @classmethod
    def setUpTestData(cls):
        cls.kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"), stock=3)
        cls.alice = User.objects.create_user("alice", "alice@example.com")

    def test_order(self):
        order = place_order(self.alice, self.kettle, 2)
        self.assertEqual(order.quantity, 2)
        self.kettle.refresh_from_db()
        self.assertEqual(self.kettle.stock, 1)
        self.assertEqual(mail.outbox, [])

    def test_not_enough(self):
        with self.assertRaisesMessage(ValueError, "Not enough stock"):
            place_order(self.alice, self.kettle, 4)
        self.assertEqual(Order.objects.count(), 0)
