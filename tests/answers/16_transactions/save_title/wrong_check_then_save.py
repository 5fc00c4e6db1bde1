"""Wrong (the anti-pattern): reads the version, compares it in Python, then save()s, so two editors who both read version 2 both win."""
def save_title(doc_id, seen_version, title):
    """Save title if the document is still at seen_version, raising its version; return whether it saved."""
    doc = Document.objects.filter(pk=doc_id).first()
    if doc is None or doc.version != seen_version:
        return False
    doc.title = title
    doc.version = seen_version + 1
    doc.save()
    return True
