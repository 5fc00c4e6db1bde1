"""Right: reads only (pk, name) pairs and builds unsaved instances for bulk_update."""
from django.utils.text import slugify


def forwards(apps, schema_editor):
    """Fill the slug of every product that has none from its name, without a query per row."""
    Product = apps.get_model("shop", "Product")
    pairs = Product.objects.filter(slug__isnull=True).values_list("pk", "name")
    Product.objects.bulk_update([Product(pk=pk, slug=slugify(name)) for pk, name in pairs], ["slug"])
