"""Wrong (the anti-pattern): default in local memory, the default backend, so each of the four workers has its own copy and another worker reads None."""
def four_worker_caches(cache_dir):
    """Return the CACHES setting of a four-worker site, with the aliases default, local and template_fragments."""
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default", "TIMEOUT": 600},
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "local", "TIMEOUT": None},
        "template_fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"},
    }
