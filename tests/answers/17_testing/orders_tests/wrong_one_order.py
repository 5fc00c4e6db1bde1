"""Wrong: a single paid order cannot show the order of the list, so an oldest-first page passes."""
class OrdersTests(TestCase):
    """The tests of the /orders/ page."""
    @classmethod
    def setUpTestData(cls):
        kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"))
        alice = User.objects.create_user("alice")
        Order.objects.create(customer=alice, product=kettle, quantity=2, paid=True)
        Order.objects.create(customer=alice, product=kettle, quantity=9, paid=False)

    def test_lists_the_paid_order(self):
        response = self.client.get("/orders/")
        self.assertContains(response, "<li>alice: 2 x Kettle</li>", count=1, html=True)
        self.assertNotContains(response, "9 x Kettle")

    def test_one_query(self):
        with self.assertNumQueries(1):
            self.client.get("/orders/")
