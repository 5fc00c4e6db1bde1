"""Right, written differently: no lock, a conditional update that takes the seat only if one is left, in one transaction with the booking."""
def reserve_seat(show_id, customer):
    """Book one seat of the show for customer and return the Booking, or None when it is sold out."""
    with transaction.atomic(using=SERVER):
        if not Show.objects.filter(pk=show_id, seats_left__gte=1).update(seats_left=F("seats_left") - 1):
            return None
        return Booking.objects.create(show_id=show_id, customer=customer)
