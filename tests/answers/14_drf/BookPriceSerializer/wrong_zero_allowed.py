"""Wrong: refuses only negative prices, so a book priced 0 (not above zero) is accepted."""
class BookPriceSerializer(serializers.ModelSerializer):
    """A book whose price is above zero and whose sale price, if any, is below the price."""
    class Meta:
        model = Book
        fields = ["id", "title", "author", "price", "sale_price", "year"]

    def validate_price(self, value):
        if value < 0:
            raise serializers.ValidationError("A price cannot be negative.")
        return value

    def validate(self, attrs):
        price = attrs["price"] if "price" in attrs else getattr(self.instance, "price", None)
        sale_price = attrs["sale_price"] if "sale_price" in attrs else getattr(self.instance, "sale_price", None)
        if price is not None and sale_price is not None and sale_price >= price:
            raise serializers.ValidationError({"sale_price": "The sale price must be below the price."})
        return attrs
