"""Right, written differently: transaction.atomic as a decorator on create(), and the author set on each book after building them."""
class AuthorWithBooksSerializer(serializers.ModelSerializer):
    """An author written together with their books, in one transaction."""
    books = BookInlineSerializer(many=True)

    class Meta:
        model = Author
        fields = ["id", "name", "books"]

    @transaction.atomic
    def create(self, validated_data):
        rows = [Book(**book) for book in validated_data.pop("books")]
        author = super().create(validated_data)
        for row in rows:
            row.author = author
        Book.objects.bulk_create(rows)
        return author
