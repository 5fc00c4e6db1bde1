"""Wrong: ignores the options Django passes and builds a bare Environment, whose autoescape is off: titles are not escaped."""
def environment(**options):
    """Return a Jinja2 Environment with Django's options and the static() and url() globals."""
    from django.templatetags.static import static
    from django.urls import reverse

    env = jinja2.Environment()
    env.globals.update({"static": static, "url": reverse})
    return env
