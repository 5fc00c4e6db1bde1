"""Wrong: builds the <mark> with format_html, which escapes the query even inside {% autoescape off %}."""
@register.filter(needs_autoescape=True)
def highlight(text, query, autoescape=True):
    """Return text with each occurrence of query in <mark>, escaped unless autoescaping is off."""
    text, query = str(text), str(query)
    esc = conditional_escape if autoescape else str
    if not query:
        return mark_safe(esc(text))
    mark = format_html("<mark>{}</mark>", query)
    return mark_safe(mark.join(esc(part) for part in text.split(query)))
