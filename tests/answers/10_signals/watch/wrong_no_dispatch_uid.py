"""Wrong: without dispatch_uid each call connects a new function object, so calling watch() twice logs every save twice (and unwatch cannot name them)."""
_watchers = {}


def watch(model, log):
    """After every save of model, append (label, pk, created) to log; connect one receiver per model."""
    def record(sender, instance, created, **kwargs):
        log.append((sender._meta.label, instance.pk, created))

    post_save.connect(record, sender=model, weak=False)
    _watchers.setdefault(model, []).append(record)


def unwatch(model):
    """Disconnect what watch(model, ...) connected; return True if something was connected."""
    found = _watchers.pop(model, [])
    for record in found:
        post_save.disconnect(record, sender=model)
    return bool(found)
