"""Wrong (the anti-pattern): reads review.product in a loop with the default fetch mode, one query per review."""
def reviewed_product_names(reviews):
    """Return [review.product.name for review in reviews] with at most 2 queries."""
    return [review.product.name for review in reviews]
