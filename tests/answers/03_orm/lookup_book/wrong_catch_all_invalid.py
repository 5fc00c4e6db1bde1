"""Reports every other exception as an invalid lookup: a bug in the caller is hidden."""
def lookup_book(**lookup):
    """Return the matching book's title, or say why there is not exactly one."""
    try:
        return Book.objects.get(**lookup).title
    except Book.DoesNotExist:
        return "no book matches"
    except Book.MultipleObjectsReturned:
        return "several books match"
    except Exception:
        return "invalid lookup"
