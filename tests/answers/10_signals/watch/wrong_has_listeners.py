"""Wrong: unwatch() reports whether the model had any post_save receiver, not whether watch() had connected one."""
def watch(model, log):
    """After every save of model, append (label, pk, created) to log; connect one receiver per model."""
    def record(sender, instance, created, **kwargs):
        log.append((sender._meta.label, instance.pk, created))

    post_save.connect(record, sender=model, weak=False, dispatch_uid=f"watch:{model._meta.label}")


def unwatch(model):
    """Disconnect what watch(model, ...) connected; return True if something was connected."""
    had = post_save.has_listeners(model)
    post_save.disconnect(sender=model, dispatch_uid=f"watch:{model._meta.label}")
    return had
