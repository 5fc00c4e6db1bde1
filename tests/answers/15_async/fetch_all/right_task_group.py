"""Right, written differently: a TaskGroup (Python 3.11+) starts the tasks together; results read in order."""
async def fetch_all(sources):
    """Return [await fetch(s) for s in sources], with all the fetches in flight at once."""
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch(source)) for source in sources]
    return [task.result() for task in tasks]
