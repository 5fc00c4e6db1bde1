"""Wrong: waits for the commit after a save, but deletes at once after a delete: a rolled-back delete still drops the list, and another request can cache the old rows before the commit."""
def forget_author_books(sender, instance, **kwargs):
    """Drop the cached book list of instance's author, once the transaction commits."""
    key = make_template_fragment_key("author_books", [instance.author_id])
    if kwargs.get("signal") is post_delete:
        caches["template_fragments"].delete(key)
    else:
        transaction.on_commit(partial(caches["template_fragments"].delete, key))
