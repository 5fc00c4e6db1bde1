"""Right, written differently: a first read answers the stale case early; the save itself is still conditional on the version."""
def save_title(doc_id, seen_version, title):
    """Save title if the document is still at seen_version, raising its version; return whether it saved."""
    current = Document.objects.filter(pk=doc_id).values_list("version", flat=True).first()
    if current != seen_version:
        return False
    saved = Document.objects.filter(pk=doc_id, version=seen_version).update(title=title, version=F("version") + 1)
    return bool(saved)
