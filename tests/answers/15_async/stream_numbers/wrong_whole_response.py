"""Wrong: builds the whole body in an HttpResponse, so nothing is streamed and it has a Content-Length."""
async def stream_numbers(request):
    """Return a streamed response of the lines "1" to "n" (n from ?n=, default 5), one chunk each."""
    n = int(request.GET.get("n", 5))
    return HttpResponse("".join(f"{number}\n" for number in range(1, n + 1)), content_type="text/plain")
