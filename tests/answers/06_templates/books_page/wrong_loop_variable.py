"""Wrong: the partial reads the loop's own variable name (b), so rendered alone with `book`, as views do, the row is empty."""
BOOKS_PAGE = """
{% extends "base.html" %}
{% block title %}Catalogue | {{ block.super }}{% endblock %}
{% block content %}
<ul id="catalogue">
  {% for b in books %}
    {% partialdef book-row inline %}<li id="book-{{ b.pk }}">{{ b.title }}: {{ b.price }}</li>{% endpartialdef %}
  {% endfor %}
</ul>
{% endblock %}
"""
