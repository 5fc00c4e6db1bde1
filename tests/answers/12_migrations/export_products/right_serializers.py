"""Right: Django's serializers directly, the format dumpdata writes."""
from django.core import serializers


def export_products():
    """Return a JSON fixture of every shop.Product that loaddata can load."""
    return serializers.serialize("json", Product.objects.order_by("pk"))
