"""Wrong: the anti-pattern of section 3, a post_save receiver on Article: adding or removing tags writes the join table and sends no post_save, so the count never changes."""
def update_tag_count(sender, instance, created, **kwargs):
    """Store in tag_count the number of tags of every article whose tags changed."""
    count = instance.tags.count()
    if instance.tag_count != count:
        Article.objects.filter(pk=instance.pk).update(tag_count=count)


post_save.connect(update_tag_count, sender=Article, dispatch_uid="tag_count")
