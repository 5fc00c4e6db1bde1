"""Wrong: adds a single product, so a view that saves only the first add (or keeps only the last) passes."""
class CartTests(TestCase):
    """The tests of add_to_cart, through the URLs."""
    @classmethod
    def setUpTestData(cls):
        cls.kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"))
        cls.alice = User.objects.create_user("alice")

    def test_add(self):
        self.client.force_login(self.alice)
        self.assertRedirects(self.client.post(f"/cart/add/{self.kettle.pk}/"), "/cart/")
        self.assertContains(self.client.get("/cart/"), "<li>Kettle</li>", html=True)

    def test_anonymous(self):
        url = f"/cart/add/{self.kettle.pk}/"
        self.assertRedirects(self.client.post(url), f"/accounts/login/?next={url}")
        self.assertContains(self.client.get("/cart/"), "Cart (0)")

    def test_get_and_unknown(self):
        self.client.force_login(self.alice)
        self.assertEqual(self.client.get(f"/cart/add/{self.kettle.pk}/").status_code, 405)
        self.assertEqual(self.client.post("/cart/add/999/").status_code, 404)
