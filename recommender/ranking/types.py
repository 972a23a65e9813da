"""The plain values the ranker reads and returns. No Django, no database.

The caller (a selector or a Celery task) loads rows and builds these; the ranker only
orders them. Product ids are the catalog's primary keys; SKUs break ties.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Any

_EMPTY: Mapping[Any, Any] = MappingProxyType({})


@dataclass(frozen=True)
class RuleMatch:
    """One cause-to-product rule that selected the product, and why it matters here."""

    cause_slug: str
    rule_id: int
    weight: float  # the rule's weight as staff set it (1.0 is ordinary)
    reason_text: str  # the rule's reason, shown to shoppers
    evidence: str  # the article's (or shopper's) sentence that raised the cause
    cause_confidence: float  # 0..1, from detection or 1.0 when staff confirmed it
    # The categories the rule selects from: what kind of fix it offers (shoes, insoles, ...).
    # Empty (a staff pin): the product's own category.
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    product_id: int
    sku: str
    category: str
    brand: str
    attributes: Mapping[str, Any]
    in_stock: bool
    sizes_in_stock: frozenset[str]
    price: Decimal | float
    matches: tuple[RuleMatch, ...] = ()
    is_active: bool = True


@dataclass(frozen=True)
class Signals:
    """Behaviour around one article (or one set of causes). Every map may be empty: cold start.

    ``co_purchases`` / ``co_clicks``: purchases of and clicks on each product by readers of the
    same article; ``popularity``: the product's overall count of such events.
    """

    co_purchases: Mapping[int, int] = field(default_factory=lambda: _EMPTY)
    co_clicks: Mapping[int, int] = field(default_factory=lambda: _EMPTY)
    popularity: Mapping[int, int] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True)
class Merchandising:
    """Staff steering, already resolved to product ids by the caller.

    ``pinned`` come first, in order, then ``pinned_by_cause`` for the causes present (strongest
    cause first). ``boosts`` multiply a product's whole score, ``boosts_by_cause`` only that
    cause's part. ``excluded`` products never appear; ``excluded_by_cause`` only lose that
    cause's reasons (and disappear when no reason is left).
    """

    pinned: tuple[int, ...] = ()
    pinned_by_cause: Mapping[str, tuple[int, ...]] = field(default_factory=lambda: _EMPTY)
    boosts: Mapping[int, float] = field(default_factory=lambda: _EMPTY)
    boosts_by_cause: Mapping[str, Mapping[int, float]] = field(default_factory=lambda: _EMPTY)
    excluded: frozenset[int] = frozenset()
    excluded_by_cause: Mapping[str, frozenset[int]] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True)
class RankingContext:
    """What one request asks for.

    ``limit``: k. ``size``: the shopper's size when known (only products with that size in stock
    qualify). ``category_cap``: most products of one category in the top k (None: no cap).
    ``diversity``: 0 orders by score alone; 1 pushes near-identical products far apart.
    ``off_road``: whether the text speaks of trails or other rough ground. False (road or
    nothing said) ranks products built for trails a step lower, as a shop assistant offers
    a road runner road gear first; True ranks products built for roads or the track a step
    lower, trail gear first; None (unknown, or a text for both) leaves them as scored.
    """

    limit: int = 12
    size: str | None = None
    category_cap: int | None = 4
    diversity: float = 0.5
    off_road: bool | None = None


@dataclass(frozen=True)
class Reason:
    cause_slug: str
    text: str
    evidence: str


@dataclass(frozen=True)
class RankedProduct:
    product_id: int
    sku: str
    score: float
    reasons: tuple[Reason, ...]  # strongest cause first; one per cause
    category: str = ""
    pinned: bool = False

    def reason_for(self, cause_slug: str) -> Reason | None:
        return next((reason for reason in self.reasons if reason.cause_slug == cause_slug), None)


NO_SIGNALS = Signals()
NO_MERCHANDISING = Merchandising()
