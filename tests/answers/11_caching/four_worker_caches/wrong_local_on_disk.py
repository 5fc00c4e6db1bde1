"""Wrong: local in a second file cache never expires and is separate, but it is not per-process memory: every worker shares it on disk."""
def four_worker_caches(cache_dir):
    """Return the CACHES setting of a four-worker site, with the aliases default, local and template_fragments."""
    files = "django.core.cache.backends.filebased.FileBasedCache"
    return {
        "default": {"BACKEND": files, "LOCATION": cache_dir, "TIMEOUT": 600},
        "local": {"BACKEND": files, "LOCATION": cache_dir + "-local", "TIMEOUT": None},
        "template_fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"},
    }
