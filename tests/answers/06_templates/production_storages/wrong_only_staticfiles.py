"""Wrong: STORAGES replaces the whole default dict, so leaving out "default" breaks every upload (InvalidStorageError)."""
PRODUCTION_STORAGES = {
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}
