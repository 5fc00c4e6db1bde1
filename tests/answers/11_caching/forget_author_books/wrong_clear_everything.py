"""Wrong: clears every fragment on each change, so every author's list is rebuilt, not only the changed author's."""
def forget_author_books(sender, instance, **kwargs):
    """Drop the cached book list of instance's author, once the transaction commits."""
    transaction.on_commit(caches["template_fragments"].clear)
