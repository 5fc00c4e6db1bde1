"""Right, differently: {% if %}/{% else %} instead of {% empty %}, a block {% comment %}, and pluralize on the count."""
CART_TEMPLATE = """{% comment "for developers" %}
Pricing rules live in Line.subtotal().
{% endcomment %}{% with count=cart|length %}<h2>Your cart: {{ count }} item{{ count|pluralize }}</h2>{% endwith %}
<ul>{% if cart %}{% for line in cart %}<li>{{ line.name }} x {{ line.quantity }}: {{ line.subtotal|floatformat:"2" }}</li>{% endfor %}{% else %}<li>Your cart is empty.</li>{% endif %}</ul>"""
