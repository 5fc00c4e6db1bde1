"""Wrong (the anti-pattern): validate() reads attrs["price"], which a PATCH with only sale_price does not send, so is_valid() raises KeyError (a 500)."""
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
        if attrs.get("sale_price") is not None and attrs["sale_price"] >= attrs["price"]:
            raise serializers.ValidationError({"sale_price": "The sale price must be below the price."})
        return attrs
