"""Wrong: save() per row runs one UPDATE for each product, so the queries grow with the table."""
from django.utils.text import slugify


def forwards(apps, schema_editor):
    """Fill the slug of every product that has none from its name, without a query per row."""
    Product = apps.get_model("shop", "Product")
    for product in Product.objects.filter(slug__isnull=True):
        product.slug = slugify(product.name)
        product.save(update_fields=["slug"])
