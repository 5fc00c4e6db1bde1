"""Wrong: refuses duplicate titles in the payload but has no transaction, so a title inserted by another request after is_valid() leaves the author saved."""
class AuthorWithBooksSerializer(serializers.ModelSerializer):
    """An author written together with their books, in one transaction."""
    books = BookInlineSerializer(many=True)

    class Meta:
        model = Author
        fields = ["id", "name", "books"]

    def validate_books(self, books):
        titles = [book["title"] for book in books]
        if len(set(titles)) != len(titles):
            raise serializers.ValidationError("Two books in the payload have the same title.")
        return books

    def create(self, validated_data):
        books = validated_data.pop("books")
        author = Author.objects.create(**validated_data)
        Book.objects.bulk_create([Book(author=author, **book) for book in books])
        return author
