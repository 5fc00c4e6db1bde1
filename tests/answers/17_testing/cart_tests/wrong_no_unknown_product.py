"""Wrong: never asks for a product that does not exist, so a view that crashes with a 500 there passes."""
class CartTests(TestCase):
    """The tests of add_to_cart, through the URLs."""
    @classmethod
    def setUpTestData(cls):
        cls.kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"))
        cls.teapot = Product.objects.create(name="Teapot", price=Decimal("12.00"))
        cls.alice = User.objects.create_user("alice")

    def test_two_adds(self):
        self.client.force_login(self.alice)
        for product in (self.kettle, self.teapot):
            self.assertRedirects(self.client.post(f"/cart/add/{product.pk}/"), "/cart/")
        self.assertContains(self.client.get("/cart/"), "Cart (2)")

    def test_anonymous(self):
        url = f"/cart/add/{self.kettle.pk}/"
        self.assertRedirects(self.client.post(url), f"/accounts/login/?next={url}")
        self.assertContains(self.client.get("/cart/"), "Cart (0)")

    def test_get(self):
        self.client.force_login(self.alice)
        self.assertEqual(self.client.get(f"/cart/add/{self.kettle.pk}/").status_code, 405)
        self.assertContains(self.client.get("/cart/"), "Cart (0)")
