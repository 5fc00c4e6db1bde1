"""Right, differently: the author's id is read at once, and a lambda registered with on_commit(robust=True) deletes the key."""
def forget_author_books(sender, instance, **kwargs):
    """Drop the cached book list of instance's author, once the transaction commits."""
    author_id = instance.author_id
    transaction.on_commit(
        lambda: caches["template_fragments"].delete_many([make_template_fragment_key("author_books", (author_id,))]),
        robust=True,
    )
