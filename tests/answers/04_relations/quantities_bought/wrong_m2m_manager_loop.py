"""Wrong: loops over the orders and their books: a query per order, and order.books has no quantity."""
def quantities_bought(customer):
    """Return {title: total quantity} of the books the customer ordered, in one query."""
    bought = {}
    for order in customer.orders.all():
        for book in order.books.all():
            bought[book.title] = bought.get(book.title, 0) + 1
    return bought
