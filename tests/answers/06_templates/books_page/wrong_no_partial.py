"""Wrong: writes the <li> in the loop without naming it as a partial: the page is right, but books_page.html#book-row does not exist."""
BOOKS_PAGE = """
{% extends "base.html" %}
{% block title %}Catalogue | {{ block.super }}{% endblock %}
{% block content %}
<ul id="catalogue">
  {% for book in books %}<li id="book-{{ book.pk }}">{{ book.title }}: {{ book.price }}</li>{% endfor %}
</ul>
{% endblock %}
"""
