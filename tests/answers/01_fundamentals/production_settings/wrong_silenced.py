"""Wrong: silences the deployment warnings instead of fixing them: check --deploy is quiet and the site still serves plain HTTP."""


def production_settings(secret_key, hosts):
    """Return the settings that make `check --deploy` pass, with DEBUG off and the given key and hosts."""
    return {
        "DEBUG": False,
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": list(hosts),
        "SILENCED_SYSTEM_CHECKS": ["security.W004", "security.W008", "security.W012", "security.W016"],
    }
