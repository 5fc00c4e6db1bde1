"""Right, written differently: the product ids in the queryset's order, then one in_bulk() query for the products."""
def reviewed_product_names(reviews):
    """Return [review.product.name for review in reviews] with at most 2 queries."""
    product_ids = list(reviews.values_list("product_id", flat=True))
    products = Product.objects.in_bulk(product_ids)
    return [products[product_id].name for product_id in product_ids]
