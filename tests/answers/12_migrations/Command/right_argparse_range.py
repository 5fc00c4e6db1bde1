"""Right: argparse refuses the range (choices=), which call_command turns into CommandError; update() writes."""
from decimal import ROUND_HALF_UP


class Command(BaseCommand):
    """manage.py reprice SKU --percent N: change a product's price by N percent."""

    def add_arguments(self, parser):
        parser.add_argument("sku")
        parser.add_argument("--percent", type=int, required=True, choices=range(-90, 101), metavar="N")

    def handle(self, *args, sku, percent, **options):
        old = Product.objects.filter(sku=sku).values_list("price", flat=True).first()
        if old is None:
            raise CommandError(f"unknown sku: {sku}")
        new = (old + old * percent / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        Product.objects.filter(sku=sku).update(price=new)
        self.stdout.write(f"{sku}: {old} -> {new}")
