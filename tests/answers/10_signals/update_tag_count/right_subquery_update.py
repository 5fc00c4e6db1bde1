"""Right, differently: one UPDATE per change that counts the join-table rows in a Subquery, with the affected articles read in pre_clear for a reverse clear."""
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce


@receiver(m2m_changed, sender=Article.tags.through, dispatch_uid="tag_count")
def update_tag_count(sender, instance, action, reverse, pk_set, **kwargs):
    """Store in tag_count the number of tags of every article whose tags changed."""
    if action == "pre_clear" and reverse:
        instance._cleared = set(sender.objects.filter(tag=instance).values_list("article_id", flat=True))
    if not action.startswith("post_"):
        return
    if not reverse:
        articles = {instance.pk}
    else:
        articles = getattr(instance, "_cleared", set()) if action == "post_clear" else pk_set
    links = sender.objects.filter(article=OuterRef("pk")).values("article").annotate(n=Count("pk")).values("n")
    Article.objects.filter(pk__in=articles).update(tag_count=Coalesce(Subquery(links), 0))
