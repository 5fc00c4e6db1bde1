"""Wrong: spreads a {# #} comment over two lines; {# #} holds one line only, so the note is output as text."""
CART_TEMPLATE = """
{# Note for the next developer:
Pricing rules live in Line.subtotal(). #}
<h2>Your cart: {{ cart|length }} item{{ cart|pluralize }}</h2>
<ul>
{% for line in cart %}
  <li>{{ line.name }} x {{ line.quantity }}: {{ line.subtotal|floatformat:2 }}</li>
{% empty %}
  <li>Your cart is empty.</li>
{% endfor %}
</ul>
"""
