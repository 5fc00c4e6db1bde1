"""Right: a TransactionTestCase, where place_order really commits, checked before and after its commit."""
class PlaceOrderTests(TransactionTestCase):
    """The tests of place_order."""
    available_apps = ["__main__", "django.contrib.auth", "django.contrib.contenttypes"]

    def setUp(self):
        self.kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"), stock=2)
        self.alice = User.objects.create_user("alice", "alice@example.com")

    def test_mail_only_after_commit(self):
        with transaction.atomic():
            place_order(self.alice, self.kettle, 2)
            self.assertEqual(len(mail.outbox), 0)
        self.assertEqual([m.to for m in mail.outbox], [["alice@example.com"]])
        self.assertEqual(Product.objects.get(pk=self.kettle.pk).stock, 0)
        self.assertEqual(Order.objects.filter(customer=self.alice, quantity=2).count(), 1)

    def test_too_many(self):
        self.assertRaisesMessage(ValueError, "Not enough stock", place_order, self.alice, self.kettle, 3)
        self.assertEqual((Order.objects.count(), len(mail.outbox)), (0, 0))
        self.assertEqual(Product.objects.get(pk=self.kettle.pk).stock, 2)
