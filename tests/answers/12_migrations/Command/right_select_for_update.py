"""Right: validates in handle(), locks the row in a transaction and computes with a Decimal factor."""
from decimal import ROUND_HALF_UP

from django.db import transaction


class Command(BaseCommand):
    """manage.py reprice SKU --percent N: change a product's price by N percent."""

    def add_arguments(self, parser):
        parser.add_argument("sku")
        parser.add_argument("--percent", type=int, required=True)

    def handle(self, *args, **options):
        percent = options["percent"]
        if percent < -90 or percent > 100:
            raise CommandError("percent out of range")
        with transaction.atomic():
            product = Product.objects.select_for_update().filter(sku=options["sku"]).first()
            if product is None:
                raise CommandError("unknown sku")
            old, factor = product.price, 1 + Decimal(percent) / 100
            product.price = (old * factor).quantize(Decimal("0.01"), ROUND_HALF_UP)
            product.save()
        self.stdout.write("%s: %s -> %s" % (options["sku"], old, product.price))
