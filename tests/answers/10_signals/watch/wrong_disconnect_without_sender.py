"""Wrong: disconnects by dispatch_uid alone; the key is (dispatch_uid, sender), so without sender=model nothing matches, unwatch() returns False and the receiver stays."""
def watch(model, log):
    """After every save of model, append (label, pk, created) to log; connect one receiver per model."""
    def record(sender, instance, created, **kwargs):
        log.append((sender._meta.label, instance.pk, created))

    post_save.connect(record, sender=model, weak=False, dispatch_uid=f"watch:{model._meta.label}")


def unwatch(model):
    """Disconnect what watch(model, ...) connected; return True if something was connected."""
    return post_save.disconnect(dispatch_uid=f"watch:{model._meta.label}")
