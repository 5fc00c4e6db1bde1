"""Wrong: sorts the items before joining them ("a canonical form for lookups"), so ['web', 'django'] is stored as 'django,web' and reads back in another order."""
class CommaListField(models.Field):
    def db_type(self, connection):
        return "text"

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or isinstance(value, list):
            return value
        return value.split(",") if value else []

    def get_prep_value(self, value):
        return None if value is None else ",".join(sorted(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))


class Post(models.Model):
    title = models.CharField(max_length=50)
    tags = CommaListField(null=True, blank=True)


create_tables(Post)
