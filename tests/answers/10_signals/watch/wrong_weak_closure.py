"""Wrong: the anti-pattern of section 5, a function made inside watch() connected with the default weak=True: nothing else refers to it, so with DEBUG off it is garbage-collected and logs nothing."""
def watch(model, log):
    """After every save of model, append (label, pk, created) to log; connect one receiver per model."""
    def record(sender, instance, created, **kwargs):
        log.append((sender._meta.label, instance.pk, created))

    post_save.connect(record, sender=model, dispatch_uid=f"watch:{model._meta.label}")


def unwatch(model):
    """Disconnect what watch(model, ...) connected; return True if something was connected."""
    return post_save.disconnect(sender=model, dispatch_uid=f"watch:{model._meta.label}")
