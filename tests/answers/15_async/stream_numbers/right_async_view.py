"""Right, written differently: an async view whose async generator reads n from the request itself."""
async def numbers(request):
    count = int(request.GET.get("n") or 5)
    number = 0
    while number < count:
        number += 1
        yield f"{number}\n".encode()


async def stream_numbers(request):
    """Return a streamed response of the lines "1" to "n" (n from ?n=, default 5), one chunk each."""
    return StreamingHttpResponse(numbers(request))
