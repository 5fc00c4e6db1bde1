"""Right, differently: the partial is defined once outside the blocks (allowed for partialdef) and included by name in the loop."""
BOOKS_PAGE = """{% extends "base.html" %}
{% partialdef book-row %}<li id="book-{{ book.pk }}">{{ book.title }}: {{ book.price }}</li>{% endpartialdef book-row %}
{% block title %}Catalogue | {{ block.super }}{% endblock %}
{% block content %}<ul id="catalogue">{% for book in books %}{% include "books_page.html#book-row" %}{% endfor %}</ul>{% endblock %}"""
