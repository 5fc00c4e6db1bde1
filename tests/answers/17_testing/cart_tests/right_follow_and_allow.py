"""Right: login() with a password, reverse(), follow=True and the cart page's context, and the Allow header of the 405."""
class CartTests(TestCase):
    def setUp(self):
        self.user = User.objects.create_user("carol", password="pw-carol-123")
        self.products = [Product.objects.create(name=n, price=Decimal("1.00")) for n in ("Mug", "Spoon", "Tray")]

    def test_three_adds(self):
        self.assertTrue(self.client.login(username="carol", password="pw-carol-123"))
        for product in self.products:
            response = self.client.post(reverse("add_to_cart", args=[product.pk]), follow=True)
            self.assertEqual(response.redirect_chain, [("/cart/", 302)])
        self.assertEqual([p.name for p in response.context["products"]], ["Mug", "Spoon", "Tray"])

    def test_anonymous(self):
        response = self.client.post(reverse("add_to_cart", args=[self.products[0].pk]))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/accounts/login/?next=" + reverse("add_to_cart", args=[self.products[0].pk]))
        self.assertEqual(self.client.get("/cart/").context["products"], [])

    def test_method_and_missing(self):
        self.client.force_login(self.user)
        response = self.client.get(reverse("add_to_cart", args=[self.products[0].pk]))
        self.assertEqual((response.status_code, response["Allow"]), (405, "POST"))
        self.assertEqual(self.client.get("/cart/").context["products"], [])
        self.assertEqual(self.client.post("/cart/add/0/").status_code, 404)
