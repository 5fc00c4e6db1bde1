"""Right, differently: the memory backend named once, a limit on file entries, and explicit timeouts for every alias."""
def four_worker_caches(cache_dir):
    """Return the CACHES setting of a four-worker site, with the aliases default, local and template_fragments."""
    memory = "django.core.cache.backends.locmem.LocMemCache"
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": cache_dir,
            "TIMEOUT": 10 * 60,
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        },
        "local": {"BACKEND": memory, "LOCATION": "lookup-tables", "TIMEOUT": None},
        "template_fragments": {"BACKEND": memory, "LOCATION": "template-fragments", "TIMEOUT": 300},
    }
