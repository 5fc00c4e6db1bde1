"""Right, differently: a closure over the alias and delete_many(), registered with on_commit."""
def forget_author_books(sender, instance, **kwargs):
    """Drop the cached book list of instance's author, once the transaction commits."""
    fragments = caches["template_fragments"]
    stale = [make_template_fragment_key("author_books", vary_on=[str(instance.author.pk)])]

    def forget():
        fragments.delete_many(stale)

    transaction.on_commit(forget)
