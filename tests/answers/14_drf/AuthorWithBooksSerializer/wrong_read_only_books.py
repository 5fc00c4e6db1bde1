"""Wrong: makes the nested field read-only to get past the AssertionError, so the books in the payload are ignored."""
class AuthorWithBooksSerializer(serializers.ModelSerializer):
    """An author written together with their books, in one transaction."""
    books = BookInlineSerializer(many=True, read_only=True)

    class Meta:
        model = Author
        fields = ["id", "name", "books"]
