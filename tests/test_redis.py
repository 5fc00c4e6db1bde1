"""helpers' private Redis server (module 11 runs its lesson against it), tried for real where redis-server can be had."""

import subprocess
import sys
from pathlib import Path

import pytest

from course import apt_install
from helpers import _redis, setup

setup()


@pytest.fixture(scope="module")
def location():
    why = apt_install("redis-server", lambda: _redis._binary() is not None)
    if why:
        pytest.skip(f"no redis-server: {why}")
    found = _redis.redis_location()
    assert found is not None, _redis.redis_problem()
    yield found
    _redis.stop_redis()


def test_a_private_server_on_a_unix_socket_shared_between_processes(location):
    from django.core.cache.backends.redis import RedisCache

    assert location.startswith("unix://") and Path(location.removeprefix("unix://")).is_socket()
    assert _redis.redis_location() == location  # one server per kernel
    cache = RedisCache(location, {})
    cache.set("greeting", "hello from the kernel", 60)
    other = subprocess.run(
        [sys.executable, "-c", "import sys; from helpers import setup; setup(migrate=False)\n"
         "from django.core.cache.backends.redis import RedisCache\n"
         "print(RedisCache(sys.argv[1], {}).get('greeting'))", location],
        capture_output=True, text=True, timeout=60, check=True,
    )
    assert other.stdout.strip() == "hello from the kernel"


def test_without_a_binary_it_says_how_to_get_one(monkeypatch, location):
    _redis.stop_redis()
    monkeypatch.setattr(_redis, "_binary", lambda: None)
    assert _redis.redis_location() is None
    assert "redis" in _redis.redis_problem().lower()
