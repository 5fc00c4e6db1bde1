"""Wrong: select_for_update() with no transaction on SERVER (atomic() opens one on default), so PostgreSQL refuses it and SQLite locks nothing."""
def reserve_seat(show_id, customer):
    """Book one seat of the show for customer and return the Booking, or None when it is sold out."""
    with transaction.atomic():
        show = Show.objects.select_for_update().get(pk=show_id)
        if show.seats_left < 1:
            return None
        booking = Booking.objects.create(show=show, customer=customer)
        show.seats_left -= 1
        show.save()
        return booking
