"""Wrong: no value_to_string(), so Field's default serialises str(list): a fixture holds "['django', 'orm']", which loads back as ["['django'", " 'orm']"]."""
class CommaListField(models.Field):
    """A list of strings in one text column, stored as 'a,b,c' ([] as '')."""
    description = "A list of strings stored as comma-separated text"

    def db_type(self, connection):
        return "text"

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

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
