"""Wrong: two local-memory caches with no LOCATION share one store, so template_fragments.clear() empties local too."""
def four_worker_caches(cache_dir):
    """Return the CACHES setting of a four-worker site, with the aliases default, local and template_fragments."""
    return {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": cache_dir, "TIMEOUT": 600},
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "TIMEOUT": None},
        "template_fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
