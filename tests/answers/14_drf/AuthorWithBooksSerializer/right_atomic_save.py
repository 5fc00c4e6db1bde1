"""Right, written differently: the transaction wraps save() itself, and create() opens none of its own."""
class AuthorWithBooksSerializer(serializers.ModelSerializer):
    """An author written together with their books, in one transaction."""
    books = BookInlineSerializer(many=True)

    class Meta:
        model = Author
        fields = ["id", "name", "books"]

    def save(self, **kwargs):
        with transaction.atomic():
            return super().save(**kwargs)

    def create(self, validated_data):
        books = validated_data.pop("books")
        author = Author.objects.create(**validated_data)
        Book.objects.bulk_create([Book(author=author, **book) for book in books])
        return author
