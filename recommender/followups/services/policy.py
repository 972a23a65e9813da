"""When a message may go: the send-rate limit, quiet hours and the marketing frequency cap."""

from __future__ import annotations

import logging
import random
import threading
import time
import zoneinfo
from datetime import datetime, timedelta

from django.conf import settings

from recommender.followups.conf import email_settings

logger = logging.getLogger(__name__)


# RETRIES
# ------------------------------------------------------------------------------


def retry_delay(*, attempts: int) -> timedelta:
    """Exponential backoff with full jitter between half and all of the step."""
    base = float(email_settings.RETRY_BASE_SECONDS)
    step = min(float(email_settings.RETRY_MAX_SECONDS), base * (2 ** max(attempts - 1, 0)))
    return timedelta(seconds=step * random.uniform(0.5, 1.0))  # noqa: S311 (jitter, not secrets)


# QUIET HOURS
# ------------------------------------------------------------------------------


def quiet_hours_window(value=None) -> tuple[int, int] | None:
    """QUIET_HOURS as (start, end) local hours, from a pair or a string like "21-8"; or None.

    Raises ValueError for anything else.
    """
    value = email_settings.QUIET_HOURS if value is None else value
    if value in (None, False, "", "off", "none"):
        return None
    if isinstance(value, str):
        value = value.replace(" ", "").split("-")
    start, end = (int(hour) for hour in value)
    if not (0 <= start <= 23 and 0 <= end <= 23):
        raise ValueError(f"quiet hours must be between 0 and 23, not {start}-{end}")
    return None if start == end else (start, end)


def quiet_hours_end(*, now: datetime, timezone_name: str) -> datetime | None:
    """When quiet hours end for someone in `timezone_name`, or None if it is not quiet now."""
    window = quiet_hours_window()
    if window is None:
        return None
    start, end = window
    try:
        zone = zoneinfo.ZoneInfo(timezone_name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    local = now.astimezone(zone)
    quiet = (
        (start <= local.hour < end) if start < end else (local.hour >= start or local.hour < end)
    )
    if not quiet:
        return None
    ends = local.replace(hour=end, minute=0, second=0, microsecond=0)
    if ends <= local:
        ends += timedelta(days=1)
    # Re-attach the zone so a daylight-saving change overnight gives the right wall time.
    ends = ends.replace(tzinfo=None).replace(tzinfo=zone)
    return ends.astimezone(zoneinfo.ZoneInfo("UTC"))


# FREQUENCY CAP
# ------------------------------------------------------------------------------


def frequency_cap_free_at(*, recent_sends: list[datetime], now: datetime) -> datetime | None:
    """When one more marketing email may go to someone sent `recent_sends`, None if now."""
    cap = int(email_settings.FREQUENCY_CAP_COUNT or 0)
    if cap <= 0:
        return None
    window = timedelta(hours=float(email_settings.FREQUENCY_CAP_HOURS))
    in_window = sorted(sent for sent in recent_sends if sent > now - window)
    if len(in_window) < cap:
        return None
    return in_window[len(in_window) - cap] + window


# SEND RATE
# ------------------------------------------------------------------------------

# A token bucket that may go negative: each caller takes a token at once and is told how long
# to wait before using it, so callers queue fairly without polling. Redis's clock is used so
# that workers on different machines agree.
_BUCKET_SCRIPT = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + (now - at) * rate) - 1
redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', now)
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 60)
if tokens >= 0 then return '0' end
return tostring(-tokens / rate)
"""
_BUCKET_KEY = "stridewise:email:send-rate"


class _LocalBucket:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.tokens: float | None = None
        self.at = time.monotonic()

    def take(self, rate: float, burst: float) -> float:
        with self.lock:
            now = time.monotonic()
            tokens = burst if self.tokens is None else self.tokens
            self.tokens = min(burst, tokens + (now - self.at) * rate) - 1
            self.at = now
            return max(0.0, -self.tokens / rate)


_local_bucket = _LocalBucket()
_redis_state: dict = {}


def _redis_script():
    url = getattr(settings, "REDIS_URL", "")
    if not url:
        return None
    if _redis_state.get("url") != url:
        import redis

        client = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        _redis_state.update(url=url, script=client.register_script(_BUCKET_SCRIPT))
    return _redis_state["script"]


def send_rate_wait() -> None:
    """Block until this process may send one more message under SEND_RATE_PER_SECOND.

    The bucket lives in Redis so that all workers share one limit. If Redis cannot be
    reached, each process falls back to its own bucket: mail keeps flowing, possibly faster
    than the limit by the number of workers, which beats stopping all mail.
    """
    rate = float(email_settings.SEND_RATE_PER_SECOND or 0)
    if rate <= 0:
        return
    burst = max(1.0, rate)
    wait = None
    script = _redis_script()
    if script is not None and time.monotonic() >= _redis_state.get("down_until", 0.0):
        try:
            wait = float(script(keys=[_BUCKET_KEY], args=[rate, burst]))
        except Exception as exc:  # any Redis failure: fall back, do not stop sending
            # Do not pay a timeout per message while Redis is away; look again shortly.
            _redis_state["down_until"] = time.monotonic() + 5.0
            logger.warning("send-rate bucket in Redis unavailable (%s); using a local one", exc)
    if wait is None:
        wait = _local_bucket.take(rate, burst)
    if wait > 0:
        time.sleep(wait)
