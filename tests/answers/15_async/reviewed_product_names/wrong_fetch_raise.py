"""Wrong: FETCH_RAISE forbids the lazy read instead of loading it, so the loop raises FieldFetchBlocked."""
def reviewed_product_names(reviews):
    """Return [review.product.name for review in reviews] with at most 2 queries."""
    return [review.product.name for review in reviews.fetch_mode(models.FETCH_RAISE)]
