"""Right, written differently: subclasses CharField with a generous max_length default, and get_prep_value() does not call super() (CharField's would run to_python() and hand the list back)."""
class CommaListField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 500)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        return value.split(",") if value else []

    def to_python(self, value):
        if value is None or isinstance(value, list):
            return value
        return value.split(",") if value else []

    def get_prep_value(self, value):
        if value is None:
            return None
        return ",".join(value)

    def value_to_string(self, obj):
        value = self.value_from_object(obj)
        return value if value is None else ",".join(value)


class Post(models.Model):
    title = models.CharField(max_length=50)
    tags = CommaListField(null=True, blank=True)


create_tables(Post)
