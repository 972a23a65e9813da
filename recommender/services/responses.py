"""Finished JSON answers of the article recommendations API, kept in the cache.

A warm request is answered from one entry per (article slug, limit, size): the response bytes
and the slug's *response token* at the time they were rendered, read in one round trip with
the slug's current token. The entry counts only while the two agree, so dropping one small key
per slug (``article_responses_drop``) retires every limit and size rendered for it at once.

A renderer reads the token before it reads the payload and stock; a drop that lands in between
deletes the token, so the entry it writes is born dead and a sold-out pair is never pinned in
the cache. Entries also expire after ``RESPONSE_TIMEOUT`` seconds, the backstop for bulk
catalog writes that send no signal. Every call tolerates a cache that is down.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
import weakref
from collections.abc import Iterable

from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.redis import RedisCache

from recommender.conf import recommender_settings
from recommender.payloads import PAYLOAD_VERSION

logger = logging.getLogger(__name__)

RESPONSE_TIMEOUT = 30
# A hot answer is also kept in the worker's memory this briefly, sparing the round trip
# to Redis for most requests; a drop clears this worker's copies at once and the other
# workers' within the same second, well inside "gone within seconds".
RECENT_SECONDS = 1.0
RECENT_ENTRIES = 512
_RECENT: dict[str, tuple[float, bytes]] = {}
_PLAIN_SIZE = re.compile(r"^[a-z0-9.\-]{1,20}$")


def _size_part(size: str | None) -> str:
    if not size:
        return "-"
    size = size.lower()  # stock is matched case-insensitively, so "M" and "m" share an entry
    if _PLAIN_SIZE.match(size):
        return size
    return "h" + hashlib.sha256(size.encode()).hexdigest()[:24]


def _slug_part(slug: str) -> str:
    if len(slug) <= 120 and slug.isascii() and slug.replace("-", "").replace("_", "").isalnum():
        return slug
    return "h" + hashlib.sha256(slug.encode()).hexdigest()[:32]


def response_key(*, slug: str, limit: int, size: str | None) -> str:
    parts = f"{_slug_part(slug)}:{limit}:{_size_part(size)}"
    return f"recommender:article-response:v{PAYLOAD_VERSION}:{parts}"


def token_key(slug: str) -> str:
    return f"recommender:article-response-token:{_slug_part(slug)}"


def rendered_slug_key(article_id: int) -> str:
    return f"recommender:article-response-slug:{article_id}"


def article_response_cached(*, slug: str, limit: int, size: str | None) -> bytes | None:
    """The cached answer for this request, or None when there is none still valid.

    One round trip: the entry and the slug's token are read together."""
    keys = [response_key(slug=slug, limit=limit, size=size), token_key(slug)]
    now = time.monotonic()
    recent = _RECENT.get(keys[0])
    if recent is not None and recent[0] > now:
        return recent[1]
    try:
        reader = _redis_reader()
        if reader is None:
            found = cache.get_many(keys)
            entry, current = found.get(keys[0]), found.get(keys[1])
        else:
            backend, client, serializer = reader
            values = client.mget([backend.make_key(key) for key in keys])
            entry, current = (None if v is None else serializer.loads(v) for v in values)
        if current is None or not isinstance(entry, tuple) or len(entry) != 2:
            return None
        token, body = entry
        if token != current:
            return None
        if len(_RECENT) >= RECENT_ENTRIES:
            _RECENT.clear()
        _RECENT[keys[0]] = (now + RECENT_SECONDS, body)
        return body
    except Exception:
        logger.warning("cache unavailable; answering recommendations from the database")
        return None


# Django's Redis backend builds a new redis-py client (and its table of reply callbacks) for
# every call, which costs more than the round trip itself; the warm path keeps one per
# backend connection pool. redis-py clients are thread-safe and follow forks.
_READERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _redis_reader():
    backend = caches[DEFAULT_CACHE_ALIAS]
    if not isinstance(backend, RedisCache):
        return None
    pool_owner = backend._cache
    reader = _READERS.get(pool_owner)
    if reader is None:
        reader = (backend, pool_owner.get_client(write=False), pool_owner._serializer)
        _READERS[pool_owner] = reader
    return reader


def article_response_token(*, slug: str, article_id: int) -> int | None:
    """The slug's current token (made now when it has none); None without a cache."""
    key = token_key(slug)
    try:
        # A clock value: a token dropped and made again never repeats an old one.
        cache.add(key, time.time_ns(), timeout=recommender_settings.CACHE_TIMEOUT)
        # Remembered so a drop by article id finds the slug even after a rename.
        cache.set(rendered_slug_key(article_id), slug, recommender_settings.CACHE_TIMEOUT)
        return cache.get(key)
    except Exception:
        return None


def article_response_store(
    *, slug: str, limit: int, size: str | None, token: int | None, body: bytes
) -> None:
    if token is None:
        return
    try:
        cache.set(response_key(slug=slug, limit=limit, size=size), (token, body), RESPONSE_TIMEOUT)
    except Exception:
        logger.warning("cache unavailable; recommendations answer not cached")


def article_responses_drop(article_ids: Iterable[int], *, slugs: Iterable[str] = ()) -> None:
    """Retire every cached answer of these articles (all limits and sizes, current slugs
    and the slug each was last answered under) and of these slugs."""
    from content.models import Article

    article_ids = set(article_ids)
    slugs = set(slugs)
    _RECENT.clear()
    try:
        if article_ids:
            slugs.update(Article.objects.filter(pk__in=article_ids).values_list("slug", flat=True))
            found = cache.get_many([rendered_slug_key(pk) for pk in article_ids])
            slugs.update(slug for slug in found.values() if isinstance(slug, str))
        if slugs:
            cache.delete_many([token_key(slug) for slug in slugs])
    except Exception:
        logger.warning(
            "cache unavailable; cached answers of %s articles left to expire", len(article_ids)
        )
