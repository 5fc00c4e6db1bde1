"""Wrong: inserts <mark> first, escapes everything, then turns "&lt;mark&gt;" back into tags: a <mark> the user
typed becomes a tag too."""
@register.filter(needs_autoescape=True)
def highlight(text, query, autoescape=True):
    """Return text with each occurrence of query in <mark>, escaped unless autoescaping is off."""
    text, query = str(text), str(query)
    marked = text.replace(query, f"<mark>{query}</mark>") if query else text
    if not autoescape:
        return marked
    return mark_safe(escape(marked).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>"))
