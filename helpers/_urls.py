"""The URLconf of the notebook: cells fill it with route()."""

from django.urls import clear_url_caches

urlpatterns = []


def route(*patterns):
    """Serve exactly these URL patterns (``path(...)`` objects); safe to call again after editing a view."""
    urlpatterns[:] = patterns
    clear_url_caches()
    return list(patterns)
