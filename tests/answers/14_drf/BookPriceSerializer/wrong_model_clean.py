"""Wrong: relies on Book.clean() for the sale price, which a ModelSerializer never calls, so a sale price above the price is saved."""
class BookPriceSerializer(serializers.ModelSerializer):
    """A book whose price is above zero and whose sale price, if any, is below the price."""
    class Meta:
        model = Book
        fields = ["id", "title", "author", "price", "sale_price", "year"]

    def validate_price(self, value):
        if value <= 0:
            raise serializers.ValidationError("A price must be above zero.")
        return value
