"""Wrong: trusts update() to raise for a missing account; it returns 0 instead, so money leaves the payer and reaches nobody."""
def transfer(payer, payee, amount):
    """Move amount from payer's account to payee's: both balances change, or neither does."""
    if amount <= 0:
        raise ValueError(f"the amount must be positive, not {amount}")
    with transaction.atomic():
        Account.objects.filter(owner=payer).update(balance=F("balance") - amount)
        Account.objects.filter(owner=payee).update(balance=F("balance") + amount)
