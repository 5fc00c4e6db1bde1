"""Wrong: catches the IntegrityError and returns the author anyway, so the caller believes the save worked and the author stays."""
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
            with transaction.atomic():
                Book.objects.bulk_create([Book(author=author, **book) for book in books])
        except IntegrityError:
            pass
        return author
