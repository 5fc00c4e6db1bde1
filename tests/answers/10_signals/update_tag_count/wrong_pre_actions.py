"""Wrong: counts in pre_add and pre_remove, before the join table changes, so each count is one change behind."""
def update_tag_count(sender, instance, action, reverse, pk_set, **kwargs):
    """Store in tag_count the number of tags of every article whose tags changed."""
    if action not in ("pre_add", "pre_remove", "pre_clear"):
        return
    changed = pk_set if reverse and pk_set is not None else [instance.pk] if not reverse else []
    for article in Article.objects.filter(pk__in=changed):
        Article.objects.filter(pk=article.pk).update(tag_count=article.tags.count())


m2m_changed.connect(update_tag_count, sender=Article.tags.through, dispatch_uid="tag_count")
