"""Wrong (the anti-pattern): checks only the status of a GET, so a view that adds the product and then answers 405 passes."""
class CartTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.kettle = Product.objects.create(name="Kettle", price=Decimal("25.00"))
        cls.teapot = Product.objects.create(name="Teapot", price=Decimal("12.00"))
        cls.alice = User.objects.create_user("alice")

    def test_adds(self):
        self.client.force_login(self.alice)
        self.assertRedirects(self.client.post(f"/cart/add/{self.kettle.pk}/"), "/cart/")
        self.assertRedirects(self.client.post(f"/cart/add/{self.teapot.pk}/"), "/cart/")
        self.assertEqual(self.client.session["cart"], [self.kettle.pk, self.teapot.pk])

    def test_anonymous(self):
        response = self.client.post(f"/cart/add/{self.kettle.pk}/")
        self.assertRedirects(response, f"/accounts/login/?next=/cart/add/{self.kettle.pk}/")
        self.assertNotIn("cart", self.client.session)

    def test_get(self):
        self.client.force_login(self.alice)
        self.assertEqual(self.client.get(f"/cart/add/{self.kettle.pk}/").status_code, 405)

    def test_unknown(self):
        self.client.force_login(self.alice)
        self.assertEqual(self.client.post("/cart/add/999999/").status_code, 404)
