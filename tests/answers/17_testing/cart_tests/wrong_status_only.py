"""Wrong (the anti-pattern): checks only status codes, so a redirect to the wrong place or a lost cart passes."""
class CartTests(TestCase):
    """The tests of add_to_cart, through the URLs."""
    @classmethod
    def setUpTestData(cls):
        cls.kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"))
        cls.alice = User.objects.create_user("alice")

    def test_add(self):
        self.client.force_login(self.alice)
        self.assertEqual(self.client.post(f"/cart/add/{self.kettle.pk}/").status_code, 302)

    def test_anonymous(self):
        self.assertEqual(self.client.post(f"/cart/add/{self.kettle.pk}/").status_code, 302)

    def test_get(self):
        self.client.force_login(self.alice)
        self.assertEqual(self.client.get(f"/cart/add/{self.kettle.pk}/").status_code, 405)

    def test_unknown(self):
        self.client.force_login(self.alice)
        self.assertEqual(self.client.post("/cart/add/999/").status_code, 404)
