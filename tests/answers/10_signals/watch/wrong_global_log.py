"""Wrong: one module-level receiver that appends to the log of the latest watch() call: with two models watched into two logs, the first model's saves land in the second model's log."""
_current_log = []


def _record_save(sender, instance, created, **kwargs):
    """Append the save to the log given last."""
    _current_log.append((sender._meta.label, instance.pk, created))


def watch(model, log):
    """After every save of model, append (label, pk, created) to log; connect one receiver per model."""
    global _current_log
    _current_log = log
    post_save.connect(_record_save, sender=model)


def unwatch(model):
    """Disconnect what watch(model, ...) connected; return True if something was connected."""
    return post_save.disconnect(_record_save, sender=model)
