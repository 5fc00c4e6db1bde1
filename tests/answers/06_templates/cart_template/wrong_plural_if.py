"""Wrong: adds the "s" only when there is more than one line, so an empty cart says "0 item" (pluralize gets 0 right)."""
CART_TEMPLATE = """
{# Pricing rules live in Line.subtotal(). #}
<h2>Your cart: {{ cart|length }} item{% if cart|length > 1 %}s{% endif %}</h2>
<ul>
{% for line in cart %}
  <li>{{ line.name }} x {{ line.quantity }}: {{ line.subtotal|floatformat:2 }}</li>
{% empty %}
  <li>Your cart is empty.</li>
{% endfor %}
</ul>
"""
