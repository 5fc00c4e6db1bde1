"""Wrong: passes the pk as a string, not a list: make_template_fragment_key() iterates over its characters, which is the same key only for one-digit pks."""
def forget_author_books(sender, instance, **kwargs):
    """Drop the cached book list of instance's author, once the transaction commits."""
    key = make_template_fragment_key("author_books", str(instance.author_id))
    transaction.on_commit(lambda: caches["template_fragments"].delete(key))
