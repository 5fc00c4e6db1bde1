"""Wrong: marks product names |safe "so that staff can format them": a name with a script runs in every customer's browser."""
CART_TEMPLATE = """
{# Pricing rules live in Line.subtotal(). #}
<h2>Your cart: {{ cart|length }} item{{ cart|pluralize }}</h2>
<ul>
{% for line in cart %}
  <li>{{ line.name|safe }} x {{ line.quantity }}: {{ line.subtotal|floatformat:2 }}</li>
{% empty %}
  <li>Your cart is empty.</li>
{% endfor %}
</ul>
"""
