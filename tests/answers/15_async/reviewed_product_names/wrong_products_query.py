"""Wrong: queries the products of the reviews, in whatever order the database returns them, not the reviews' order."""
def reviewed_product_names(reviews):
    """Return [review.product.name for review in reviews] with at most 2 queries."""
    return list(Product.objects.filter(review__in=reviews).values_list("name", flat=True))
