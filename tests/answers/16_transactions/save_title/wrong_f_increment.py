"""Wrong: raises the version with F() but never compares it with seen_version, so every save wins and conflicts go unnoticed."""
def save_title(doc_id, seen_version, title):
    """Save title if the document is still at seen_version, raising its version; return whether it saved."""
    return Document.objects.filter(pk=doc_id).update(title=title, version=F("version") + 1) == 1
