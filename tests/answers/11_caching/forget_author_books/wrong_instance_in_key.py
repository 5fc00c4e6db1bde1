"""Wrong: builds the key from the Author instance, whose str() is its name, not from author.pk as the template does: another key."""
def forget_author_books(sender, instance, **kwargs):
    """Drop the cached book list of instance's author, once the transaction commits."""
    key = make_template_fragment_key("author_books", [instance.author])
    transaction.on_commit(lambda: caches["template_fragments"].delete(key))
