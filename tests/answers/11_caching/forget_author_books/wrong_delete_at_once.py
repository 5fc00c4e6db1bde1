"""Wrong (the anti-pattern): deletes inside the transaction, before the commit, so another request can cache the old rows again, and a rollback deletes for nothing."""
def forget_author_books(sender, instance, **kwargs):
    """Drop the cached book list of instance's author, once the transaction commits."""
    caches["template_fragments"].delete(make_template_fragment_key("author_books", [instance.author_id]))
