"""Wrong: DISTINCT in SQL merges reviews of the same product with the same stars, so a repeated review is lost."""
def reviewed_product_names(reviews):
    """Return [review.product.name for review in reviews] with at most 2 queries."""
    return list(reviews.values_list("product__name", flat=True).distinct())
