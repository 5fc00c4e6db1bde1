"""Wrong: handles only the article's side; tag.articles.add(...) sends reverse=True with the tag as instance, and is ignored."""
def update_tag_count(sender, instance, action, reverse, pk_set, **kwargs):
    """Store in tag_count the number of tags of every article whose tags changed."""
    if reverse or action not in ("post_add", "post_remove", "post_clear"):
        return
    instance.tag_count = instance.tags.count()
    instance.save(update_fields=["tag_count"])


m2m_changed.connect(update_tag_count, sender=Article.tags.through, dispatch_uid="tag_count")
