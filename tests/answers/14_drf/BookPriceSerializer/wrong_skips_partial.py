"""Wrong: compares only when both prices are in attrs, so a PATCH that sends one of them skips the rule without a word."""
class BookPriceSerializer(serializers.ModelSerializer):
    """A book whose price is above zero and whose sale price, if any, is below the price."""
    class Meta:
        model = Book
        fields = ["id", "title", "author", "price", "sale_price", "year"]

    def validate_price(self, value):
        if value <= 0:
            raise serializers.ValidationError("A price must be above zero.")
        return value

    def validate(self, attrs):
        price, sale_price = attrs.get("price"), attrs.get("sale_price")
        if price is not None and sale_price is not None and sale_price >= price:
            raise serializers.ValidationError({"sale_price": "The sale price must be below the price."})
        return attrs
