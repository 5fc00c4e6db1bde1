"""Right, differently: a full-match regular expression recognises the allowed sorts, and the direction is applied to the field name."""
import re

SORT = re.compile(r"(-?)(title|year)")


def sorted_titles(sort):
    """Return every title, ordered by one of the allowed sorts; raise ValueError for anything else."""
    match = SORT.fullmatch(sort)
    if match is None:
        raise ValueError("sort must be title, year, -title or -year")
    direction, field = match.groups()
    return [book.title for book in Book.objects.order_by(direction + field, "title")]
