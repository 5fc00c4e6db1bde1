"""Right, written differently: one UPDATE changes both rows with Case/When (all or nothing by itself), inside atomic() so that a missing account undoes it."""
from django.db.models import Case, When


def transfer(payer, payee, amount):
    """Move amount from payer's account to payee's: both balances change, or neither does."""
    if not amount > 0:
        raise ValueError(f"the amount must be positive, not {amount}")
    with transaction.atomic():
        changed = Account.objects.filter(owner__in=[payer, payee]).update(balance=Case(
            When(owner=payer, then=F("balance") - amount),
            When(owner=payee, then=F("balance") + amount),
        ))
        if changed != 2:
            raise Account.DoesNotExist(f"{payer!r} or {payee!r} has no account")
