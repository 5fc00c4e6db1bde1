"""Wrong: the list is outside every block; a child template's text outside blocks is dropped, so the page has no books."""
BOOKS_PAGE = """
{% extends "base.html" %}
{% block title %}Catalogue | {{ block.super }}{% endblock %}
<ul id="catalogue">
  {% for book in books %}
    {% partialdef book-row inline %}<li id="book-{{ book.pk }}">{{ book.title }}: {{ book.price }}</li>{% endpartialdef %}
  {% endfor %}
</ul>
"""
