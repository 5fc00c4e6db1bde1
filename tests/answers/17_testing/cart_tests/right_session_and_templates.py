"""Right: reads the session and the template context instead of the HTML, and skips fetching the redirect target."""
class CartTests(TestCase):
    """The tests of add_to_cart, through the URLs."""
    @classmethod
    def setUpTestData(cls):
        cls.products = [Product.objects.create(name=n, price=Decimal("1.00")) for n in ("Cup", "Mug", "Jug")]
        cls.bob = User.objects.create_user("bob")

    def test_three_adds(self):
        self.client.force_login(self.bob)
        for product in self.products:
            response = self.client.post(reverse("add_to_cart", args=[product.pk]))
            self.assertRedirects(response, reverse("cart"), fetch_redirect_response=False)
        self.assertEqual(self.client.session["cart"], [p.pk for p in self.products])
        page = self.client.get(reverse("cart"))
        self.assertTemplateUsed(page, "shop/cart.html")
        self.assertEqual([p.name for p in page.context["products"]], ["Cup", "Mug", "Jug"])

    def test_refusals(self):
        url = reverse("add_to_cart", args=[self.products[0].pk])
        response = self.client.post(url)
        self.assertEqual((response.status_code, response["Location"]), (302, f"/accounts/login/?next={url}"))
        self.assertNotIn("cart", self.client.session)
        self.client.force_login(self.bob)
        self.assertEqual(self.client.get(url).status_code, 405)
        self.assertNotIn("cart", self.client.session)
        self.assertEqual(self.client.post(reverse("add_to_cart", args=[10**6])).status_code, 404)
