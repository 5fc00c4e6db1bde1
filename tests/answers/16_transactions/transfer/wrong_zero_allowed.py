"""Wrong: rejects only negative amounts, so a transfer of 0 runs instead of raising ValueError."""
def transfer(payer, payee, amount):
    """Move amount from payer's account to payee's: both balances change, or neither does."""
    if amount < 0:
        raise ValueError(f"the amount must not be negative, not {amount}")
    with transaction.atomic():
        for owner, change in ((payer, -amount), (payee, amount)):
            if not Account.objects.filter(owner=owner).update(balance=F("balance") + change):
                raise Account.DoesNotExist(f"no account of {owner!r}")
