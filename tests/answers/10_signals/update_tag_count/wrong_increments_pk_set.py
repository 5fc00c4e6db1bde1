"""Wrong: adds and subtracts len(pk_set); a remove() reports the keys asked for, linked or not, so removing a tag the article does not have lowers its count."""
def update_tag_count(sender, instance, action, reverse, pk_set, **kwargs):
    """Store in tag_count the number of tags of every article whose tags changed."""
    if reverse and action == "pre_clear":
        instance._articles_before_clear = list(instance.articles.values_list("pk", flat=True))
        return
    step = {"post_add": 1, "post_remove": -1}.get(action)
    if not reverse:
        if action == "post_clear":
            Article.objects.filter(pk=instance.pk).update(tag_count=0)
        elif step:
            Article.objects.filter(pk=instance.pk).update(tag_count=F("tag_count") + step * len(pk_set))
    elif action == "post_clear":
        Article.objects.filter(pk__in=getattr(instance, "_articles_before_clear", [])).update(tag_count=F("tag_count") - 1)
    elif step:
        Article.objects.filter(pk__in=pk_set).update(tag_count=F("tag_count") + step)


m2m_changed.connect(update_tag_count, sender=Article.tags.through, dispatch_uid="tag_count")
