"""Wrong: creates the booking, then takes the seat with a conditional update and deletes the booking when none is left, with no transaction, so a failure between the two writes keeps a booking with no seat."""
def reserve_seat(show_id, customer):
    """Book one seat of the show for customer and return the Booking, or None when it is sold out."""
    booking = Booking.objects.create(show_id=show_id, customer=customer)
    if not Show.objects.filter(pk=show_id, seats_left__gte=1).update(seats_left=F("seats_left") - 1):
        booking.delete()
        return None
    return booking
