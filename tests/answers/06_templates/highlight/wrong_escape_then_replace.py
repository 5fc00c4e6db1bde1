"""Wrong: escapes the text first and searches the escaped form, so "amp" matches inside "&amp;" and breaks the entity."""
@register.filter(needs_autoescape=True)
def highlight(text, query, autoescape=True):
    """Return text with each occurrence of query in <mark>, escaped unless autoescaping is off."""
    text, query = str(text), str(query)
    if not autoescape:
        return text.replace(query, f"<mark>{query}</mark>") if query else text
    escaped = conditional_escape(text)
    if not query:
        return escaped
    return mark_safe(escaped.replace(conditional_escape(query), format_html("<mark>{}</mark>", query)))
