"""Wrong: joins the list in get_db_prep_save(), which only saves call; lookups such as filter(tags=[...]) still hand the raw list to the database."""
class CommaListField(models.Field):
    """A list of strings in one text column, stored as 'a,b,c' ([] as '')."""

    def db_type(self, connection):
        return "text"

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or isinstance(value, list):
            return value
        return value.split(",") if value else []

    def get_db_prep_save(self, value, connection):
        return None if value is None else ",".join(value)


class Post(models.Model):
    title = models.CharField(max_length=50)
    tags = CommaListField(null=True, blank=True)


create_tables(Post)
print("table ready:", Post._meta.db_table)
