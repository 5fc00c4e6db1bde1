"""Wrong: shows the unit price when fewer than three are bought, as if subtotal() mattered only for the free item:
two pens at 2.50 show 2.50, not 5.00."""
CART_TEMPLATE = """
{% comment %}Pricing rules live in Line.subtotal().{% endcomment %}
<h2>Your cart: {{ cart|length }} item{{ cart|pluralize }}</h2>
<ul>
{% for line in cart %}
  <li>{{ line.name }} x {{ line.quantity }}: {% if line.quantity < 3 %}{{ line.unit_price|floatformat:2 }}{% else %}{{ line.subtotal|floatformat:2 }}{% endif %}</li>
{% empty %}
  <li>Your cart is empty.</li>
{% endfor %}
</ul>
"""
