"""Right, differently: a module-level function bound to the log with functools.partial (a new object each call, kept by weak=False), one dispatch_uid per model label."""
def _append(log, sender, instance, created, **kwargs):
    """Append one save to log."""
    log.append((sender._meta.label, instance.pk, created))


def watch(model, log):
    """After every save of model, append (label, pk, created) to log; connect one receiver per model."""
    post_save.connect(partial(_append, log), sender=model, weak=False, dispatch_uid=("watch", model._meta.label))


def unwatch(model):
    """Disconnect what watch(model, ...) connected; return True if something was connected."""
    return post_save.disconnect(sender=model, dispatch_uid=("watch", model._meta.label))
