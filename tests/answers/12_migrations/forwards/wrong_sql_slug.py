"""Wrong: builds the slug in SQL (lower case, spaces to dashes), which is not slugify() once a name has punctuation."""
from django.db.models import F, Value
from django.db.models.functions import Lower, Replace


def forwards(apps, schema_editor):
    """Fill the slug of every product that has none from its name, without a query per row."""
    Product = apps.get_model("shop", "Product")
    Product.objects.filter(slug__isnull=True).update(slug=Lower(Replace(F("name"), Value(" "), Value("-"))))
