"""Right, written differently: the price check is a field argument (min_value), and validate() merges the stored values under the sent ones."""
from django.forms.models import model_to_dict


class BookPriceSerializer(serializers.ModelSerializer):
    """A book whose price is above zero and whose sale price, if any, is below the price."""
    price = serializers.DecimalField(max_digits=6, decimal_places=2, min_value=Decimal("0.01"))

    class Meta:
        model = Book
        fields = ["id", "title", "author", "price", "sale_price", "year"]

    def validate(self, attrs):
        merged = {**(model_to_dict(self.instance, fields=["price", "sale_price"]) if self.instance else {}), **attrs}
        if merged.get("sale_price") is not None and merged["sale_price"] >= merged["price"]:
            raise serializers.ValidationError({"sale_price": ["The sale price must be below the price."]})
        return attrs
