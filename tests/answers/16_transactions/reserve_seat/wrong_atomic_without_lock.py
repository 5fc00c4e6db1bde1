"""Wrong (the anti-pattern): atomic() with a plain read, no row lock, so a booking committed between the read and the write is oversold (on PostgreSQL's READ COMMITTED)."""
def reserve_seat(show_id, customer):
    """Book one seat of the show for customer and return the Booking, or None when it is sold out."""
    with transaction.atomic(using=SERVER):
        show = Show.objects.get(pk=show_id)
        if show.seats_left < 1:
            return None
        booking = Booking.objects.create(show=show, customer=customer)
        show.seats_left -= 1
        show.save(update_fields=["seats_left"])
        return booking
