"""Wrong (the anti-pattern): ConditionalGetMiddleware compares the ETag of the finished response, so the page is built (and its query run) for every 304."""
from django.middleware.http import ConditionalGetMiddleware
from django.utils.decorators import decorator_from_middleware


def conditional_book_page(view):
    """Return view wrapped so that a client holding the current ETag gets a 304 without the page being built."""
    return decorator_from_middleware(ConditionalGetMiddleware)(view)
