"""The course's custom user app: ``accounts.User``, which module 09 makes ``AUTH_USER_MODEL``.

A notebook uses it through its bootstrap cell::

    setup(apps=["helpers.accounts"], AUTH_USER_MODEL="accounts.User")

``AUTH_USER_MODEL`` must name a model that exists when Django starts and before the first ``migrate``,
which is why the model lives in a real app with its migration, not in a notebook cell.
"""
