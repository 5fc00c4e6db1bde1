"""Wrong: splits every string, so '' reads back as [''] instead of [] (and to_python('') gives [''] too)."""
class CommaListField(models.Field):
    """A list of strings in one text column, stored as 'a,b,c' ([] as '')."""

    def db_type(self, connection):
        return "text"

    def from_db_value(self, value, expression, connection):
        return value.split(",") if value is not None else None

    def to_python(self, value):
        if isinstance(value, str):
            return value.split(",")
        return value

    def get_prep_value(self, value):
        return None if value is None else ",".join(value)


class Post(models.Model):
    title = models.CharField(max_length=50)
    tags = CommaListField(null=True, blank=True)


create_tables(Post)
print("table ready:", Post._meta.db_table)
