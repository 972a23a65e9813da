"""Email delivery settings: one ``STRIDEWISE_EMAIL`` dict with defaults, read on every access.

from recommender.followups.conf import email_settings
email_settings.SEND_RATE_PER_SECOND
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    # Outbox ids per send task; each task sends its batch over one connection.
    "BATCH_SIZE": 100,
    # Messages per second across all workers (a token bucket in Redis; per process without it).
    "SEND_RATE_PER_SECOND": 50.0,
    # Marketing messages one address may receive within the window below; later ones wait.
    "FREQUENCY_CAP_COUNT": 3,
    "FREQUENCY_CAP_HOURS": 24,
    # Marketing email waits out these local hours of the recipient, [start, end): a pair,
    # a string such as "21-8", or None / "off".
    "QUIET_HOURS": (21, 8),
    # Transient failures retry after base * 2**attempts seconds (with jitter), up to the cap.
    "RETRY_BASE_SECONDS": 60.0,
    "RETRY_MAX_SECONDS": 6 * 3600.0,
    "MAX_ATTEMPTS": 8,
    # A row left in `sending` longer than this is taken to belong to a dead worker.
    # Longer than CELERY_TASK_TIME_LIMIT, so a live worker's claim never looks abandoned.
    "SENDING_LEASE_SECONDS": 900.0,
    # A queued row whose task has not claimed it within this time is queued again.
    "REDISPATCH_SECONDS": 600.0,
    # How often the sweeper runs (Celery beat).
    "SWEEP_SECONDS": 60.0,
    # How long links in emails stay valid.
    "CONFIRM_MAX_AGE_DAYS": 7,
    "UNSUBSCRIBE_MAX_AGE_DAYS": 365,
    # Mailbox that receives List-Unsubscribe mailto requests; defaults to DEFAULT_FROM_EMAIL.
    "UNSUBSCRIBE_MAILTO": "",
    # Temporary bounces (full mailbox, server down) suppress an address only when this many
    # arrive within the window; hard bounces and complaints suppress at once.
    "SOFT_BOUNCE_LIMIT": 3,
    "SOFT_BOUNCE_WINDOW_DAYS": 30,
    # Celery queue of the send and sweep tasks.
    "QUEUE": "email",
}


class EmailSettings:
    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name not in DEFAULTS:
            raise AttributeError(f"Invalid STRIDEWISE_EMAIL setting: {name!r}")
        value = getattr(settings, "STRIDEWISE_EMAIL", None)
        value = value if isinstance(value, dict) else {}
        return value.get(name, DEFAULTS[name])


email_settings = EmailSettings()
