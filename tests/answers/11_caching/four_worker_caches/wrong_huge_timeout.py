"""Wrong: local gets a timeout of 10**8 seconds (about three years), which still expires; only TIMEOUT None never does."""
def four_worker_caches(cache_dir):
    """Return the CACHES setting of a four-worker site, with the aliases default, local and template_fragments."""
    files, memory = "django.core.cache.backends.filebased.FileBasedCache", "django.core.cache.backends.locmem.LocMemCache"
    return {
        "default": {"BACKEND": files, "LOCATION": cache_dir, "TIMEOUT": 600},
        "local": {"BACKEND": memory, "LOCATION": "local", "TIMEOUT": 10**8},
        "template_fragments": {"BACKEND": memory, "LOCATION": "fragments"},
    }
