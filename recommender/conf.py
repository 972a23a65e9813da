"""The plugin's settings: one ``STRIDEWISE`` dict, read with defaults like ``REST_FRAMEWORK``.

    from recommender.conf import recommender_settings
    recommender_settings.DETECTOR

Values are read on every access, so ``override_settings`` in tests and a changed
settings module take effect without a restart of the reader.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    # Dotted path to a recommender.detection.BaseDetector subclass.
    "DETECTOR": "recommender.detection.rules.RuleDetector",
    # Longest shopper text the diagnose API accepts.
    "DIAGNOSE_MAX_CHARS": 5000,
    # Requests per client for the anonymous diagnose API (DRF rate syntax).
    "DIAGNOSE_THROTTLE_RATE": "60/min",
    # Celery queue that detection tasks go to; run a worker with ``-Q detection``.
    "DETECTION_QUEUE": "detection",
}


def user_settings() -> dict[str, Any]:
    value = getattr(settings, "STRIDEWISE", None)
    return value if isinstance(value, dict) else {}


class RecommenderSettings:
    """Attribute access to STRIDEWISE keys, falling back to DEFAULTS."""

    def __init__(self, defaults: dict[str, Any]) -> None:
        self._defaults = defaults

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name not in self._defaults:
            raise AttributeError(f"Invalid STRIDEWISE setting: {name!r}")
        return user_settings().get(name, self._defaults[name])

    @property
    def known_keys(self) -> frozenset[str]:
        return frozenset(self._defaults)


recommender_settings = RecommenderSettings(DEFAULTS)
