"""Right, differently: one module-level receiver (a strong reference lives in this namespace) and a registry of logs per model; connecting the same function again is a no-op."""
_logs = {}


def _record_save(sender, instance, created, **kwargs):
    """Append the save to the log registered for its model."""
    if sender in _logs:
        _logs[sender].append((sender._meta.label, instance.pk, created))


def watch(model, log):
    """After every save of model, append (label, pk, created) to log; connect one receiver per model."""
    _logs.setdefault(model, log)
    post_save.connect(_record_save, sender=model)


def unwatch(model):
    """Disconnect what watch(model, ...) connected; return True if something was connected."""
    _logs.pop(model, None)
    return post_save.disconnect(_record_save, sender=model)
