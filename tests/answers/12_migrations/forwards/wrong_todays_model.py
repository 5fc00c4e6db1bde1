"""Wrong (the anti-pattern): uses today's Product instead of apps.get_model(), so it breaks once name became title."""
from django.utils.text import slugify


def forwards(apps, schema_editor):
    """Fill the slug of every product that has none from its name, without a query per row."""
    products = list(Product.objects.filter(slug__isnull=True))
    for product in products:
        product.slug = slugify(product.title)
    Product.objects.bulk_update(products, ["slug"])
