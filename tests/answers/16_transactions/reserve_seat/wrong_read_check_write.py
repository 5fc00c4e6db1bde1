"""Wrong (the anti-pattern): reads seats_left, checks it in Python and writes it back with no lock, so racing callers all see the last seat and oversell."""
def reserve_seat(show_id, customer):
    """Book one seat of the show for customer and return the Booking, or None when it is sold out."""
    show = Show.objects.get(pk=show_id)
    if show.seats_left < 1:
        return None
    booking = Booking.objects.create(show=show, customer=customer)
    show.seats_left -= 1
    show.save()
    return booking
