"""Wrong: allows any field of Book, so "id", "added_by" (the user's id) and "-added_by_id" still decide the order: the list of allowed sorts must be the product's, not the model's."""
def sorted_titles(sort):
    """Return every title, ordered by one of the allowed sorts; raise ValueError for anything else."""
    fields = {field.name for field in Book._meta.concrete_fields} | {field.attname for field in Book._meta.concrete_fields}
    if not sort or sort.lstrip("-") not in fields or sort.count("-") > 1:
        raise ValueError(f"unknown sort {sort!r}")
    return list(Book.objects.order_by(sort, "title").values_list("title", flat=True))
