"""Right, written differently: reads the show without a lock, but takes the seat with a conditional update, so a seat booked in between makes it return None."""
def reserve_seat(show_id, customer):
    """Book one seat of the show for customer and return the Booking, or None when it is sold out."""
    show = Show.objects.get(pk=show_id)
    if show.seats_left < 1:
        return None
    with transaction.atomic(using=SERVER):
        if Show.objects.filter(pk=show.pk, seats_left__gt=0).update(seats_left=F("seats_left") - 1) != 1:
            return None
        return Booking.objects.create(show=show, customer=customer)
