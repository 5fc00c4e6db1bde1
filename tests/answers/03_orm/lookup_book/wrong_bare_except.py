"""A bare except: every other failure, including an invalid lookup, is reported as several matches."""
def lookup_book(**lookup):
    try:
        return Book.objects.get(**lookup).title
    except Book.DoesNotExist:
        return "no book matches"
    except Exception:
        return "several books match"
