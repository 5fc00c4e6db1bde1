"""Right: a RedirectView (permanent, query_string, pattern_name) that sets preserve_request (new in 6.1) per request;
RedirectView serves every method with get()."""
from django.views.generic import RedirectView


class Moved(RedirectView):
    permanent = True
    query_string = True
    pattern_name = "post"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.preserve_request = request.method not in ("GET", "HEAD")


moved = Moved.as_view()
