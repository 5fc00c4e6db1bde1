"""Wrong: connects for every sender and filters in the receiver by the model's label, but one dispatch_uid for all models: watching a second model is ignored, and unwatch() of one stops all."""
def watch(model, log):
    """After every save of model, append (label, pk, created) to log; connect one receiver per model."""
    watched = model._meta.label

    def record(sender, instance, created, **kwargs):
        if sender._meta.label == watched:
            log.append((sender._meta.label, instance.pk, created))

    post_save.connect(record, weak=False, dispatch_uid="watch")


def unwatch(model):
    """Disconnect what watch(model, ...) connected; return True if something was connected."""
    return post_save.disconnect(dispatch_uid="watch")
