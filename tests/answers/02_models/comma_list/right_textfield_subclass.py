"""Right, written differently: subclasses TextField (so the column type comes from get_internal_type()), and keeps the separator in one place; value_to_string() joins the items itself."""
class CommaListField(models.TextField):
    """A list of strings in one text column, stored as 'a,b,c' ([] as '')."""

    separator = ","

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        return value.split(self.separator) if value != "" else []

    def to_python(self, value):
        if isinstance(value, str):
            return [] if value == "" else value.split(self.separator)
        return value

    def get_prep_value(self, value):
        # Not super(): TextField.get_prep_value() would run to_python() and hand the list back.
        return None if value is None else self.separator.join(value)

    def value_to_string(self, obj):
        # Fixtures hold the same text as the column; Field's default would write str(list).
        value = self.value_from_object(obj)
        return None if value is None else self.separator.join(value)


class Post(models.Model):
    title = models.CharField(max_length=50)
    tags = CommaListField(null=True, blank=True)


create_tables(Post)
print("table ready:", Post._meta.db_table)
