"""Right: dumpdata of the app shop (Product is its only model), indented, through stdout=."""
def export_products():
    """Return a JSON fixture of every shop.Product that loaddata can load."""
    buffer = io.StringIO()
    call_command("dumpdata", "shop", indent=2, stdout=buffer)
    return buffer.getvalue()
