"""Wrong (the anti-pattern): a sync generator under ASGI, which Django reads to the end first, with a warning."""
def stream_numbers(request):
    """Return a streamed response of the lines "1" to "n" (n from ?n=, default 5), one chunk each."""
    n = int(request.GET.get("n", 5))
    return StreamingHttpResponse((f"{number}\n" for number in range(1, n + 1)), content_type="text/plain")
