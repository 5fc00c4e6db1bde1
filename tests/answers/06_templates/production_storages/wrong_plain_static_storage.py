"""Wrong: the default StaticFilesStorage keeps file names, so a browser that cached site.css never sees the new one."""
PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
