"""Wrong: splits with the query as a regular expression, so a query of "." marks every character, not the dots."""
import re


@register.filter(needs_autoescape=True)
def highlight(text, query, autoescape=True):
    """Return text with each occurrence of query in <mark>, escaped unless autoescaping is off."""
    text, query = str(text), str(query)
    esc = conditional_escape if autoescape else str
    if not query:
        return mark_safe(esc(text))
    pieces = re.split(f"({query})", text)
    return mark_safe("".join(f"<mark>{esc(p)}</mark>" if i % 2 else esc(p) for i, p in enumerate(pieces)))
