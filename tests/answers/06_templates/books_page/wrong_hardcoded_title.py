"""Wrong: copies the base's title instead of {{ block.super }}, so renaming the site in base.html misses this page."""
BOOKS_PAGE = """
{% extends "base.html" %}
{% block title %}Catalogue | Bookshop{% endblock %}
{% block content %}
<ul id="catalogue">
  {% for book in books %}
    {% partialdef book-row inline %}<li id="book-{{ book.pk }}">{{ book.title }}: {{ book.price }}</li>{% endpartialdef %}
  {% endfor %}
</ul>
{% endblock %}
"""
