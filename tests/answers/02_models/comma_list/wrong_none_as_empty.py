"""Wrong: treats NULL like '' ("if value" is false for both), so a NULL column reads back as [] instead of None."""
class CommaListField(models.Field):
    """A list of strings in one text column, stored as 'a,b,c' ([] as '')."""

    def db_type(self, connection):
        return "text"

    def from_db_value(self, value, expression, connection):
        return value.split(",") if value else []

    def to_python(self, value):
        if isinstance(value, list):
            return value
        return value.split(",") if value else []

    def get_prep_value(self, value):
        return None if value is None else ",".join(value)


class Post(models.Model):
    title = models.CharField(max_length=50)
    tags = CommaListField(null=True, blank=True)


create_tables(Post)
print("table ready:", Post._meta.db_table)
