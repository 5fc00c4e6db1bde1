"""Wrong: a hand-rolled escape that leaves quotes raw, so the safe-marked result can break out of a quoted attribute."""
@register.filter(needs_autoescape=True)
def highlight(text, query, autoescape=True):
    """Return text with each occurrence of query in <mark>, escaped unless autoescaping is off."""
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") if autoescape else s
    text, query = str(text), str(query)
    if not query:
        return mark_safe(esc(text))
    return mark_safe(f"<mark>{esc(query)}</mark>".join(esc(part) for part in text.split(query)))
