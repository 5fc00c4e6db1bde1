"""Wrong: compares the version it read inside atomic(), which locks nothing, so an editor who saved between the read and the save is overwritten."""
def save_title(doc_id, seen_version, title):
    """Save title if the document is still at seen_version, raising its version; return whether it saved."""
    with transaction.atomic(using=SERVER):
        doc = Document.objects.filter(pk=doc_id).first()
        if doc is None or doc.version != seen_version:
            return False
        doc.title, doc.version = title, seen_version + 1
        doc.save(update_fields=["title", "version"])
        return True
