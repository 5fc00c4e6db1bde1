"""Wrong: builds the markup with replace() and marks the whole string safe, so a user's <script> runs (the XSS)."""
@register.filter(is_safe=True)
def highlight(text, query, autoescape=True):
    """Return text with each occurrence of query in <mark>, escaped unless autoescaping is off."""
    text, query = str(text), str(query)
    if not query:
        return text
    return mark_safe(text.replace(query, f"<mark>{query}</mark>"))
