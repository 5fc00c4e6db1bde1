"""Wrong: takes the seat with a conditional update, then creates the booking outside any transaction, so a failed booking still uses up a seat."""
def reserve_seat(show_id, customer):
    """Book one seat of the show for customer and return the Booking, or None when it is sold out."""
    if not Show.objects.filter(pk=show_id, seats_left__gte=1).update(seats_left=F("seats_left") - 1):
        return None
    return Booking.objects.create(show_id=show_id, customer=customer)
