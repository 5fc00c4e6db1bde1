"""Wrong: computes in float and round(), so a half cent such as 0.045 rounds down (0.04) instead of half up."""
class Command(BaseCommand):
    """manage.py reprice SKU --percent N: change a product's price by N percent."""

    def add_arguments(self, parser):
        parser.add_argument("sku")
        parser.add_argument("--percent", type=int, required=True)

    def handle(self, *args, **options):
        sku, percent = options["sku"], options["percent"]
        if not -90 <= percent <= 100:
            raise CommandError(f"--percent must be between -90 and 100, not {percent}")
        product = Product.objects.filter(sku=sku).first()
        if product is None:
            raise CommandError(f"no product with sku {sku!r}")
        old = product.price
        product.price = Decimal(f"{round(float(old) * (100 + percent) / 100, 2):.2f}")
        product.save(update_fields=["price"])
        self.stdout.write(f"{sku}: {old} -> {product.price}")
