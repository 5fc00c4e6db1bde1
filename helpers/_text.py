"""Render the short Markdown texts of the question banks as HTML."""

import html
import re

import mistune

_markdown = mistune.create_markdown(escape=True)


def inline(text):
    """Render a short Markdown text (inline code, emphasis) as HTML, without a wrapping paragraph."""
    rendered = _markdown(text).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    return rendered


def plain(text):
    """Return a short Markdown text as plain text: its words without the marks (a control's accessible name)."""
    return html.unescape(re.sub(r"<[^>]+>", "", inline(text)))
