"""Wrong: converts with to_python() and get_prep_value() but has no from_db_value(), so loaded values stay strings (to_python() is not called on load)."""
class CommaListField(models.Field):
    """A list of strings in one text column, stored as 'a,b,c' ([] as '')."""

    def db_type(self, connection):
        return "text"

    def to_python(self, value):
        if value is None or isinstance(value, list):
            return value
        return value.split(",") if value else []

    def get_prep_value(self, value):
        return None if value is None else ",".join(value)


class Post(models.Model):
    title = models.CharField(max_length=50)
    tags = CommaListField(null=True, blank=True)


create_tables(Post)
print("table ready:", Post._meta.db_table)
