"""Wrong (the anti-pattern): checks that both accounts exist, then runs the two updates in autocommit, so a failure between them (a lost connection) keeps the debit."""
def transfer(payer, payee, amount):
    """Move amount from payer's account to payee's: both balances change, or neither does."""
    if amount <= 0:
        raise ValueError(f"the amount must be positive, not {amount}")
    if Account.objects.filter(owner__in=[payer, payee]).count() != 2:
        raise Account.DoesNotExist(f"{payer!r} or {payee!r} has no account")
    Account.objects.filter(owner=payer).update(balance=F("balance") - amount)
    Account.objects.filter(owner=payee).update(balance=F("balance") + amount)
