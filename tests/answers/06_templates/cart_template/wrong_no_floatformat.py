"""Wrong: prints the Decimal as it is, so a subtotal of Decimal("4") shows "4", not "4.00"."""
CART_TEMPLATE = """
{# Pricing rules live in Line.subtotal(). #}
<h2>Your cart: {{ cart|length }} item{{ cart|pluralize }}</h2>
<ul>
{% for line in cart %}
  <li>{{ line.name }} x {{ line.quantity }}: {{ line.subtotal }}</li>
{% empty %}
  <li>Your cart is empty.</li>
{% endfor %}
</ul>
"""
