"""Wrong (the anti-pattern): checks the content but never counts queries, so the N+1 page passes."""
class OrdersTests(TestCase):
    """The tests of the /orders/ page."""
    @classmethod
    def setUpTestData(cls):
        kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"))
        alice = User.objects.create_user("alice")
        Order.objects.create(customer=alice, product=kettle, quantity=1, paid=True)
        Order.objects.create(customer=alice, product=kettle, quantity=5, paid=False)
        Order.objects.create(customer=alice, product=kettle, quantity=2, paid=True)

    def test_paid_newest_first(self):
        items = re.findall(r"<li>(.*?)</li>", self.client.get("/orders/").content.decode())
        self.assertEqual(items, ["alice: 2 x Kettle", "alice: 1 x Kettle"])
