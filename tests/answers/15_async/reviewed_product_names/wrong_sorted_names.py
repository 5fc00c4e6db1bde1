"""Wrong: two queries, but the names come back sorted, not in the queryset's order."""
def reviewed_product_names(reviews):
    """Return [review.product.name for review in reviews] with at most 2 queries."""
    return sorted(Product.objects.filter(review__in=reviews).values_list("name", flat=True))
