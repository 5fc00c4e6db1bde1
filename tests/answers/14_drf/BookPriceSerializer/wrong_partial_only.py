"""Wrong: takes the stored values only when partial=True, so a PUT that lowers the price below the stored sale price (sale_price not sent) passes."""
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
        if self.partial:
            price = attrs.get("price", self.instance.price)
            sale_price = attrs.get("sale_price", self.instance.sale_price)
        else:
            price, sale_price = attrs["price"], attrs.get("sale_price")
        if sale_price is not None and sale_price >= price:
            raise serializers.ValidationError({"sale_price": "The sale price must be below the price."})
        return attrs
