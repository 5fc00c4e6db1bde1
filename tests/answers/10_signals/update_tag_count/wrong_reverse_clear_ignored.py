"""Wrong: treats a missing pk_set as "nothing changed"; a reverse clear (tag.articles.clear()) sends pk_set=None, so the articles that lost the tag keep their old count."""
def update_tag_count(sender, instance, action, reverse, pk_set, **kwargs):
    """Store in tag_count the number of tags of every article whose tags changed."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    changed = (pk_set or ()) if reverse else [instance.pk]
    for article in Article.objects.filter(pk__in=changed):
        article.tag_count = article.tags.count()
        article.save(update_fields=["tag_count"])


m2m_changed.connect(update_tag_count, sender=Article.tags.through, dispatch_uid="tag_count")
