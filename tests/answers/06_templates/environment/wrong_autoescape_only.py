"""Wrong: turns autoescape on by hand but drops the other options, the loader among them: no template file can be found."""
def environment(**options):
    """Return a Jinja2 Environment with Django's options and the static() and url() globals."""
    from django.templatetags.static import static
    from django.urls import reverse

    env = jinja2.Environment(autoescape=True)
    env.globals.update({"static": static, "url": reverse})
    return env
