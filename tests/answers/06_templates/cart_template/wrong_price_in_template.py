"""Wrong: computes quantity x unit price in the template (widthratio), ignoring the rules in subtotal() and rounding."""
CART_TEMPLATE = """
{# Pricing rules live in Line.subtotal(). #}
<h2>Your cart: {{ cart|length }} item{{ cart|pluralize }}</h2>
<ul>
{% for line in cart %}
  <li>{{ line.name }} x {{ line.quantity }}: {% widthratio line.unit_price 1 line.quantity %}</li>
{% empty %}
  <li>Your cart is empty.</li>
{% endfor %}
</ul>
"""
