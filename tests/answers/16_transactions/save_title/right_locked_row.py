"""Right, written differently: pessimistic, locks the row with select_for_update() in a transaction on SERVER, then compares and saves."""
def save_title(doc_id, seen_version, title):
    """Save title if the document is still at seen_version, raising its version; return whether it saved."""
    with transaction.atomic(using=SERVER):
        doc = Document.objects.select_for_update().filter(pk=doc_id).first()
        if doc is None or doc.version != seen_version:
            return False
        doc.title, doc.version = title, seen_version + 1
        doc.save(update_fields=["title", "version"])
        return True
