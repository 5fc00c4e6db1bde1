"""Right: six orders over three users and products, the whole page compared, the queries counted with CaptureQueriesContext."""
class OrdersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        products = [Product.objects.create(name=f"P{i}", price=Decimal("1.00")) for i in range(3)]
        users = [User.objects.create_user(f"u{i}") for i in range(3)]
        cls.expected = []
        for i in range(6):
            o = Order.objects.create(customer=users[i % 3], product=products[(i + 1) % 3], quantity=i + 1, paid=i % 2 == 0)
            if o.paid:
                cls.expected.insert(0, f"<li>u{i % 3}: {i + 1} x P{(i + 1) % 3}</li>")

    def test_page(self):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(reverse("paid_orders"))
        self.assertEqual(len(queries), 1)
        self.assertEqual(response.content.decode(), "<ul>" + "".join(self.expected) + "</ul>")
