"""Wrong: always escapes, so inside {% autoescape off %} (a plain-text e-mail) the text comes out full of entities."""
@register.filter
def highlight(text, query):
    """Return text with each occurrence of query in <mark>, escaped unless autoescaping is off."""
    text, query = str(text), str(query)
    if not query:
        return conditional_escape(text)
    mark = format_html("<mark>{}</mark>", query)
    return mark_safe(mark.join(conditional_escape(part) for part in text.split(query)))
