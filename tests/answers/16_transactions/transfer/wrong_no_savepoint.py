"""Wrong: atomic(savepoint=False) has no savepoint of its own, so a failed transfer inside a caller's transaction dooms the caller's whole transaction."""
def transfer(payer, payee, amount):
    """Move amount from payer's account to payee's: both balances change, or neither does."""
    if amount <= 0:
        raise ValueError(f"the amount must be positive, not {amount}")
    with transaction.atomic(savepoint=False):
        for owner, change in ((payer, -amount), (payee, amount)):
            if not Account.objects.filter(owner=owner).update(balance=F("balance") + change):
                raise Account.DoesNotExist(f"no account of {owner!r}")
