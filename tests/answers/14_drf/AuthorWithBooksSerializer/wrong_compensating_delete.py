"""Wrong: no transaction, a hand-written delete instead: other requests see the author before its books, and a crash before the delete leaves it."""
class AuthorWithBooksSerializer(serializers.ModelSerializer):
    """An author written together with their books, in one transaction."""
    books = BookInlineSerializer(many=True)

    class Meta:
        model = Author
        fields = ["id", "name", "books"]

    def create(self, validated_data):
        books = validated_data.pop("books")
        author = Author.objects.create(**validated_data)
        try:
            Book.objects.bulk_create([Book(author=author, **book) for book in books])
        except Exception:
            author.delete()
            raise
        return author
