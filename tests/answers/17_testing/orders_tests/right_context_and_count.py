"""Right: compares the orders in the template context and counts queries with CaptureQueriesContext."""
class OrdersTests(TestCase):
    """The tests of the /orders/ page."""
    @classmethod
    def setUpTestData(cls):
        mug = Product.objects.create(name="Mug", price=Decimal("5.00"))
        users = [User.objects.create_user(n) for n in ("ann", "ben", "cat", "dan")]
        cls.paid = [Order.objects.create(customer=u, product=mug, quantity=i + 1, paid=i % 2 == 0)
                    for i, u in enumerate(users)]

    def test_page(self):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(reverse("paid_orders"))
        self.assertEqual(len(queries), 1, [q["sql"] for q in queries])
        shown = [(o.customer.username, o.quantity) for o in response.context["orders"]]
        self.assertEqual(shown, [("cat", 3), ("ann", 1)])
        self.assertContains(response, "cat: 3 x Mug")
