"""Wrong: the anonymous visitor's test checks a 302 and an empty cart, not where it goes, so a login redirect without ?next= passes."""
class CartTests(TestCase):
    """The tests of add_to_cart, through the URLs."""
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
        self.assertEqual(self.client.post(f"/cart/add/{self.kettle.pk}/").status_code, 302)
        self.assertEqual(self.client.session.get("cart", []), [])

    def test_get(self):
        self.client.force_login(self.alice)
        self.assertEqual(self.client.get(f"/cart/add/{self.kettle.pk}/").status_code, 405)

    def test_unknown(self):
        self.client.force_login(self.alice)
        self.assertEqual(self.client.post(f"/cart/add/{self.teapot.pk + 100}/").status_code, 404)
