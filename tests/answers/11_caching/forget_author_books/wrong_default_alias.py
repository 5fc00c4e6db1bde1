"""Wrong: deletes the right key from the default cache, but {% cache %} stored the fragment in template_fragments."""
def forget_author_books(sender, instance, **kwargs):
    """Drop the cached book list of instance's author, once the transaction commits."""
    key = make_template_fragment_key("author_books", [instance.author_id])
    transaction.on_commit(lambda: cache.delete(key))
