"""Right: streams the rows with iterator() and writes them with bulk_update in batches of 500."""
from django.utils.text import slugify


def forwards(apps, schema_editor):
    """Fill the slug of every product that has none from its name, without a query per row."""
    Product = apps.get_model("shop", "Product")
    todo = Product.objects.filter(slug__isnull=True).only("name").iterator(chunk_size=2000)
    changed = []
    for product in todo:
        product.slug = slugify(product.name)
        changed.append(product)
    Product.objects.bulk_update(changed, ["slug"], batch_size=500)
