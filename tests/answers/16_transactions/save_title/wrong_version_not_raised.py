"""Wrong: checks the version in the UPDATE but does not raise it, so a stale editor still at the old version saves over the new title."""
def save_title(doc_id, seen_version, title):
    """Save title if the document is still at seen_version, raising its version; return whether it saved."""
    return Document.objects.filter(pk=doc_id, version=seen_version).update(title=title) == 1
