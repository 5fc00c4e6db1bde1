"""itertools.chain(): one query per QuerySet, everything loaded into a list, duplicates kept."""
from itertools import chain


def merge(qs1, qs2):
    return sorted(chain(qs1, qs2), key=lambda book: book.title)
