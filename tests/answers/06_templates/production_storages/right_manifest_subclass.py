"""Right, differently: a ManifestStaticFilesStorage subclass with its own manifest name, named by its dotted path."""
from django.contrib.staticfiles.storage import ManifestStaticFilesStorage


class AssetStorage(ManifestStaticFilesStorage):
    """Hashed static files, with the manifest in assets.json."""

    manifest_name = "assets.json"


PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "__main__.AssetStorage"},
}
