"""Right, written differently: a decorated inner function, which checks both accounts exist with get() before moving money with F()."""
def transfer(payer, payee, amount):
    """Move amount from payer's account to payee's: both balances change, or neither does."""
    if amount <= 0:
        raise ValueError(f"the amount must be positive, not {amount}")

    @transaction.atomic
    def move():
        source, target = Account.objects.get(owner=payer), Account.objects.get(owner=payee)
        Account.objects.filter(pk=source.pk).update(balance=F("balance") - amount)
        Account.objects.filter(pk=target.pk).update(balance=F("balance") + amount)

    move()
