"""Wrong: one create() per book inside the transaction: all or nothing, but one INSERT per book, so the queries grow with the payload."""
class AuthorWithBooksSerializer(serializers.ModelSerializer):
    """An author written together with their books, in one transaction."""
    books = BookInlineSerializer(many=True)

    class Meta:
        model = Author
        fields = ["id", "name", "books"]

    def create(self, validated_data):
        books = validated_data.pop("books")
        with transaction.atomic():
            author = Author.objects.create(**validated_data)
            for book in books:
                Book.objects.create(author=author, **book)
        return author
