"""Wrong: dumps the whole database (users, sessions, content types), not the products alone."""
def export_products():
    """Return a JSON fixture of every shop.Product that loaddata can load."""
    out = io.StringIO()
    call_command("dumpdata", format="json", stdout=out)
    return out.getvalue()
