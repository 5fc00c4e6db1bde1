"""Wrong: keeps only autoescape and the loader, and drops every other option Django passes (DebugUndefined
under DEBUG, auto_reload, a project's extensions)."""
def environment(**options):
    """Return a Jinja2 Environment with Django's options and the static() and url() globals."""
    from django.templatetags.static import static
    from django.urls import reverse

    env = jinja2.Environment(autoescape=options.get("autoescape", True), loader=options.get("loader"))
    env.globals.update({"static": static, "url": reverse})
    return env
