"""Wrong: an async generator that yields the whole body as one chunk instead of one chunk per number."""
def stream_numbers(request):
    """Return a streamed response of the lines "1" to "n" (n from ?n=, default 5), one chunk each."""
    n = int(request.GET.get("n", 5))

    async def numbers():
        yield "".join(f"{number}\n" for number in range(1, n + 1))

    return StreamingHttpResponse(numbers(), content_type="text/plain")
