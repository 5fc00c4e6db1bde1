"""Wrong: the developer note is an HTML comment, which is not a template comment: it is sent to every browser."""
CART_TEMPLATE = """
<!-- Pricing rules live in Line.subtotal(). -->
<h2>Your cart: {{ cart|length }} item{{ cart|pluralize }}</h2>
<ul>
{% for line in cart %}
  <li>{{ line.name }} x {{ line.quantity }}: {{ line.subtotal|floatformat:2 }}</li>
{% empty %}
  <li>Your cart is empty.</li>
{% endfor %}
</ul>
"""
