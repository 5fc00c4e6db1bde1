"""Wrong (the anti-pattern): print() and return, so stdout= captures nothing and bad input looks like success."""
from decimal import ROUND_HALF_UP


class Command(BaseCommand):
    """manage.py reprice SKU --percent N: change a product's price by N percent."""

    help = "Change the price of the product with this SKU by a percentage."

    def add_arguments(self, parser):
        parser.add_argument("sku")
        parser.add_argument("--percent", type=int, required=True)

    def handle(self, *args, **options):
        sku, percent = options["sku"], options["percent"]
        if not -90 <= percent <= 100:
            print(f"--percent must be between -90 and 100, not {percent}")
            return
        product = Product.objects.filter(sku=sku).first()
        if product is None:
            print(f"no product with sku {sku!r}")
            return
        old = product.price
        product.price = (old * (100 + percent) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        product.save(update_fields=["price"])
        print(f"{sku}: {old} -> {product.price}")
