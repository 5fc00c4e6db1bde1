"""Wrong: saves the new price before checking the range, so a refused percent still changes the price."""
from decimal import ROUND_HALF_UP


class Command(BaseCommand):
    """manage.py reprice SKU --percent N: change a product's price by N percent."""

    def add_arguments(self, parser):
        parser.add_argument("sku")
        parser.add_argument("--percent", type=int, required=True)

    def handle(self, *args, **options):
        sku, percent = options["sku"], options["percent"]
        try:
            product = Product.objects.get(sku=sku)
        except Product.DoesNotExist:
            raise CommandError(f"no product with sku {sku!r}") from None
        old = product.price
        product.price = (old * (100 + percent) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        product.save(update_fields=["price"])
        if not -90 <= percent <= 100:
            raise CommandError(f"--percent must be between -90 and 100, not {percent}")
        self.stdout.write(f"{sku}: {old} -> {product.price}")
