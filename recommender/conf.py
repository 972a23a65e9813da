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
    # Dotted path to a recommender.detection.BaseDetector subclass: the rules with the
    # learned second opinion; "recommender.detection.rules.RuleDetector" is the rules alone.
    "DETECTOR": "recommender.detection.learned.HybridDetector",
    # Longest shopper text the diagnose API accepts.
    "DIAGNOSE_MAX_CHARS": 5000,
    # Requests per client for the anonymous diagnose API (DRF rate syntax).
    "DIAGNOSE_THROTTLE_RATE": "60/min",
    # Celery queue that detection tasks go to; run a worker with ``-Q detection``.
    "DETECTION_QUEUE": "detection",
    # Dotted path to the recommender.catalog.BaseProductSelector the recommender reads
    # products through; a shop with its own product model plugs in its own class.
    "PRODUCT_SELECTOR": "recommender.catalog.DjangoProductSelector",
    # Dotted path to a recommender.ranking.BaseRanker subclass.
    "RANKER": "recommender.ranking.ranker.DefaultRanker",
    # Celery queue for recomputing recommendations; run a worker with ``-Q ranking``.
    "RANKING_QUEUE": "ranking",
    # Products stored per article: the most a request may ask for, with room for sizes.
    "STORED_PRODUCTS": 36,
    # Most products of one category among the products a request returns. Each kind of fix
    # a text calls for already gets an early place (see DIVERSITY), so the cap only keeps a
    # long list from being one category; at 4 the fifth of five places went to a weaker
    # product of another category, or stayed empty (labelled set, precision@5 / NDCG@5:
    # 0.915 / 0.825 at 4, 0.964 / 0.862 at 5, 0.861 / 0.782 at 3).
    "CATEGORY_CAP": 5,
    # 0 orders by score alone. Above 0 each strong kind of fix (a stability shoe and an arch
    # insole, say) is shown first and near-identical products are pushed apart; 1 pushes
    # hardest. 0.2 on the labelled set (cap 5): NDCG@5 0.862, as at 0.1; 0.850 at 0.3.
    "DIVERSITY": 0.2,
    # About how many candidate products one ranking reads, shared among its rules.
    "CANDIDATE_LIMIT": 200,
    # Seconds a computed payload stays in the cache (it is also dropped on every change).
    "CACHE_TIMEOUT": 6 * 60 * 60,
    # Articles recomputed per Celery task after a catalog, rule or merchandising change.
    "RECOMPUTE_CHUNK": 100,
    # Requests per client for the events API (DRF rate syntax).
    "EVENTS_THROTTLE_RATE": "240/min",
    # Events older than this many days no longer count towards article signals.
    "SIGNAL_WINDOW_DAYS": 180,
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
