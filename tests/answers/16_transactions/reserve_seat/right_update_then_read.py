"""Right, written differently: takes the seat with a conditional update first, then reads the show (its row is locked by then) for the booking."""
def reserve_seat(show_id, customer):
    """Book one seat of the show for customer and return the Booking, or None when it is sold out."""
    with transaction.atomic(using=SERVER):
        if not Show.objects.filter(pk=show_id, seats_left__gt=0).update(seats_left=F("seats_left") - 1):
            return None
        show = Show.objects.get(pk=show_id)
        return Booking.objects.create(show=show, customer=customer)
