"""Wrong: TIMEOUT 0 for "never expire"; 0 means "do not keep", so local stores nothing (None is never expiring)."""
def four_worker_caches(cache_dir):
    """Return the CACHES setting of a four-worker site, with the aliases default, local and template_fragments."""
    return {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": cache_dir, "TIMEOUT": 600},
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "local", "TIMEOUT": 0},
        "template_fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"},
    }
