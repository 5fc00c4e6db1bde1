"""Right, written differently: a plain Field whose column type comes from get_internal_type(), with the list joined in get_db_prep_value()."""
class CommaListField(models.Field):
    def get_internal_type(self):
        return "TextField"

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        return [] if value == "" else value.split(",")

    def to_python(self, value):
        if isinstance(value, str):
            return self.from_db_value(value, None, None)
        return value

    def get_db_prep_value(self, value, connection, prepared=False):
        if value is None:
            return None
        return ",".join(str(item) for item in value)

    def value_to_string(self, obj):
        value = self.value_from_object(obj)
        return None if value is None else ",".join(value)


class Post(models.Model):
    title = models.CharField(max_length=50)
    tags = CommaListField(null=True, blank=True)


create_tables(Post)
