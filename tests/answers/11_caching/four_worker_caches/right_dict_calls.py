"""Right, differently: dict() calls, a small helper for the memory stores, and the timeout written as 60 * 10."""
def four_worker_caches(cache_dir):
    """Return the CACHES setting of a four-worker site, with the aliases default, local and template_fragments."""
    def memory(name, **extra):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name, **extra}

    return dict(
        default=dict(BACKEND="django.core.cache.backends.filebased.FileBasedCache", LOCATION=str(Path(cache_dir)),
                     TIMEOUT=60 * 10),
        local=memory("lookups", TIMEOUT=None),
        template_fragments=memory("fragments"),
    )
