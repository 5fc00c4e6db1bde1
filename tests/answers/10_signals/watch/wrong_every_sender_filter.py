"""Wrong: connects one receiver per model but for every sender, filtering in the receiver: it logs only its model, yet runs on every save of every model."""
def watch(model, log):
    """After every save of model, append (label, pk, created) to log; connect one receiver per model."""
    def record(sender, instance, created, **kwargs):
        if sender is model:
            log.append((sender._meta.label, instance.pk, created))

    post_save.connect(record, weak=False, dispatch_uid=("watch", model))


def unwatch(model):
    """Disconnect what watch(model, ...) connected; return True if something was connected."""
    return post_save.disconnect(dispatch_uid=("watch", model))
