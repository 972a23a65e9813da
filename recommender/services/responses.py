"""Finished JSON answers of the article recommendations API, kept in the cache.

A warm request is answered from one entry per (article slug, limit, size): the response bytes,
the article's id and the article's *response token* at the time they were rendered. The entry
counts only while the article's token key still holds that token, so dropping one small key
per article (``article_responses_drop``) retires every limit and size rendered for it at once,
under its current slug and any old one.

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
from collections.abc import Iterable

from django.core.cache import cache

from recommender.conf import recommender_settings
from recommender.payloads import PAYLOAD_VERSION

logger = logging.getLogger(__name__)

RESPONSE_TIMEOUT = 30
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


def token_key(article_id: int) -> str:
    return f"recommender:article-response-token:{article_id}"


def article_response_cached(*, slug: str, limit: int, size: str | None) -> bytes | None:
    """The cached answer for this request, or None when there is none still valid."""
    try:
        entry = cache.get(response_key(slug=slug, limit=limit, size=size))
        if not isinstance(entry, tuple) or len(entry) != 3:
            return None
        article_id, token, body = entry
        if cache.get(token_key(article_id)) != token:
            return None
        return body
    except Exception:
        logger.warning("cache unavailable; answering recommendations from the database")
        return None


def article_response_token(*, article_id: int) -> int | None:
    """The article's current token (made now when it has none); None without a cache."""
    key = token_key(article_id)
    try:
        # A clock value: a token dropped and made again never repeats an old one.
        cache.add(key, time.time_ns(), timeout=recommender_settings.CACHE_TIMEOUT)
        return cache.get(key)
    except Exception:
        return None


def article_response_store(
    *, slug: str, limit: int, size: str | None, article_id: int, token: int | None, body: bytes
) -> None:
    if token is None:
        return
    try:
        cache.set(
            response_key(slug=slug, limit=limit, size=size),
            (article_id, token, body),
            RESPONSE_TIMEOUT,
        )
    except Exception:
        logger.warning("cache unavailable; recommendations answer not cached")


def article_responses_drop(article_ids: Iterable[int]) -> None:
    """Retire every cached answer of these articles (all limits, sizes and slugs)."""
    keys = [token_key(article_id) for article_id in set(article_ids)]
    if not keys:
        return
    try:
        cache.delete_many(keys)
    except Exception:
        logger.warning("cache unavailable; %s cached answers left to expire", len(keys))
