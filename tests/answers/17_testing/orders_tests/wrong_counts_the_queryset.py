"""Wrong: assertNumQueries around a queryset the test builds itself, not around the request, so the view's N+1 passes."""
class OrdersTests(TestCase):
    """The tests of the /orders/ page."""
    @classmethod
    def setUpTestData(cls):
        kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"))
        for name, paid in (("alice", True), ("bob", False), ("carol", True)):
            Order.objects.create(customer=User.objects.create_user(name), product=kettle, quantity=1, paid=paid)

    def test_paid_newest_first(self):
        items = re.findall(r"<li>(.*?)</li>", self.client.get("/orders/").content.decode())
        self.assertEqual(items, ["carol: 1 x Kettle", "alice: 1 x Kettle"])

    def test_one_query(self):
        with self.assertNumQueries(1):
            orders = list(Order.objects.filter(paid=True).select_related("customer", "product"))
            [(o.customer.username, o.product.name) for o in orders]
