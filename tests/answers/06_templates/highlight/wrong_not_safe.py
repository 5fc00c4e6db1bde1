"""Wrong: returns a plain str, which autoescaping then escapes: the page shows "&lt;mark&gt;" instead of a highlight."""
@register.filter
def highlight(text, query):
    """Return text with each occurrence of query in <mark>, escaped unless autoescaping is off."""
    text, query = str(text), str(query)
    return text.replace(query, f"<mark>{query}</mark>") if query else text
