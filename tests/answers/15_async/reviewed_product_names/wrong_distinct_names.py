"""Wrong: one query and the queryset's order, but drops repeats, so a product reviewed twice appears once."""
def reviewed_product_names(reviews):
    """Return [review.product.name for review in reviews] with at most 2 queries."""
    return list(dict.fromkeys(reviews.values_list("product__name", flat=True)))
