"""Shared fixtures. Tests that need a real service skip without it, except in CI where they fail."""

import os
import shutil

import pytest
from django.conf import settings

REQUIRE_SERVICES = os.environ.get("STRIDEWISE_REQUIRE_SERVICES") == "1"


def _unavailable(reason: str) -> None:
    if REQUIRE_SERVICES:
        pytest.fail(f"required service missing: {reason}")
    pytest.skip(reason)


def _redis_reachable() -> bool:
    if not settings.REDIS_URL:
        return False
    import redis

    try:
        return bool(redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")


def pytest_runtest_setup(item):
    if (
        item.get_closest_marker("postgres")
        and "postgresql" not in settings.DATABASES["default"]["ENGINE"]
    ):
        _unavailable("needs PostgreSQL: set DATABASE_URL=postgres://...")
    if item.get_closest_marker("redis") and not _redis_reachable():
        _unavailable("needs Redis: set REDIS_URL=redis://... to a running server")
    if item.get_closest_marker("e2e") and not chromium_path():
        _unavailable("needs Debian's chromium (apt-get install chromium)")


def _is_transactional(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        return True
    return bool({"transactional_db", "live_server"} & set(request.fixturenames))


@pytest.fixture(autouse=True)
def _default_rows_after_flush(request):
    """Transactional tests empty every table when they finish, data migrations' rows included.

    Put the shipped defaults (categories, causes) back for each transactional test, so it sees
    the database a fresh install has, whatever ran before it.
    """
    if not _is_transactional(request):
        yield
        return
    request.getfixturevalue("transactional_db")
    import importlib

    from django.apps import apps

    importlib.import_module("shop.migrations.0002_default_categories").create(apps, None)
    importlib.import_module("recommender.migrations.0002_default_causes").add_default_causes(
        apps, None
    )
    importlib.import_module("recommender.migrations.0004_default_rules").add_default_rules(
        apps, None
    )
    yield


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test starts with empty caches, as a fresh deployment would.

    The local-memory cache and the recommender's in-process copies of answers outlive a test;
    without this, a test could be served what an earlier one cached under the same slug.
    """
    from django.core.cache import cache

    from recommender.services import responses

    cache.clear()
    responses._RECENT.clear()
    yield
