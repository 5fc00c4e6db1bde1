"""Wrong: reads both balances and save()s what it computed, inside atomic(), which locks nothing, so a deposit committed between the read and the save is lost."""
def transfer(payer, payee, amount):
    """Move amount from payer's account to payee's: both balances change, or neither does."""
    if amount <= 0:
        raise ValueError(f"the amount must be positive, not {amount}")
    with transaction.atomic():
        source, target = Account.objects.get(owner=payer), Account.objects.get(owner=payee)
        source.balance -= amount
        target.balance += amount
        source.save()
        target.save()
