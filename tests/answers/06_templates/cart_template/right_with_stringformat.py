"""Right, differently: a one-line {# #} note, {% with %} to call subtotal once, and stringformat for two decimals."""
CART_TEMPLATE = """{# Pricing rules live in Line.subtotal(). #}{% with n=cart|length %}
<h2>Your cart: {{ n }} item{{ n|pluralize }}</h2>{% endwith %}
<ul>{% for line in cart %}{% with total=line.subtotal %}
<li>{{ line.name }} x {{ line.quantity }}: {{ total|stringformat:".2f" }}</li>{% endwith %}{% empty %}
<li>Your cart is empty.</li>{% endfor %}</ul>"""
