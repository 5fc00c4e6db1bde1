"""Wrong (the anti-pattern): no atomic(), so each update commits on its own and a failed credit leaves the payer's debit in place."""
def transfer(payer, payee, amount):
    """Move amount from payer's account to payee's: both balances change, or neither does."""
    if amount <= 0:
        raise ValueError(f"the amount must be positive, not {amount}")
    for owner, change in ((payer, -amount), (payee, amount)):
        if not Account.objects.filter(owner=owner).update(balance=F("balance") + change):
            raise Account.DoesNotExist(f"no account of {owner!r}")
