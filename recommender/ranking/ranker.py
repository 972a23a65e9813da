"""The ranker contract and the default ranker.

A ranker is built once and called per request with plain values (see ``types``)::

    ranker = ranker_load(recommender_settings.RANKER)      # a dotted path, like the detector
    ranked = ranker.rank(candidates=..., context=RankingContext(limit=12, size="M"),
                         signals=..., merchandising=...)

It never touches the database. Promises of every ranker: only active, in-stock products
(in the shopper's size when known), never an excluded one, at most ``limit`` products, the
same answer for the same input. The default ranker also puts pins first in their order,
scores by rules, confidence and behaviour (``scoring``), ranks trail gear lower when the
text speaks only of roads, and, when diversity is above 0, shows each strong kind of fix
early and spreads near-identical products apart (``diversity``); it caps each category in
the top k and breaks ties by SKU.

What the caller provides: every product it wants considered, pinned ones included (a pin
that is not among the candidates cannot be shown), with the rule matches found for it.
Several rows for one product are merged. A product left without any rule match is shown
only when pinned; the cap is hard, so a list may come back shorter than ``limit``; pins
may exceed the cap (staff chose them) and count towards it for the rest.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import replace

from django.utils.module_loading import import_string

from .diversity import kind_leaders, select
from .scoring import (
    Scored,
    behaviour_terms,
    bounded,
    entry_score,
    reasons_for,
    relevance,
    road_factor,
    trail_factor,
)
from .types import (
    NO_MERCHANDISING,
    NO_SIGNALS,
    Candidate,
    Merchandising,
    RankedProduct,
    RankingContext,
    Signals,
)

DEFAULT_RANKER = "recommender.ranking.ranker.DefaultRanker"


class BaseRanker(ABC):
    """Subclass, implement ``rank`` and name the class in STRIDEWISE["RANKER"] to swap it."""

    @abstractmethod
    def rank(
        self,
        *,
        candidates: Sequence[Candidate],
        context: RankingContext,
        signals: Signals = NO_SIGNALS,
        merchandising: Merchandising = NO_MERCHANDISING,
    ) -> list[RankedProduct]:
        """Products best first, each with all its reasons."""


def merge_candidates(candidates: Iterable[Candidate]) -> dict[int, Candidate]:
    """One candidate per product; rows for the same product (say one per rule) pool matches."""
    merged: dict[int, Candidate] = {}
    for candidate in candidates:
        seen = merged.get(candidate.product_id)
        if seen is None:
            merged[candidate.product_id] = candidate
        elif candidate.matches:
            merged[candidate.product_id] = replace(seen, matches=seen.matches + candidate.matches)
    return merged


def pin_order(candidates: Iterable[Candidate], merchandising: Merchandising) -> list[int]:
    """``pinned`` then the per-cause pins, strongest cause first (ties by slug), no repeats."""
    order = list(dict.fromkeys(merchandising.pinned))
    if merchandising.pinned_by_cause:
        strength: dict[str, float] = {}
        for candidate in candidates:
            for match in candidate.matches:
                strength[match.cause_slug] = max(
                    strength.get(match.cause_slug, 0.0), match.cause_confidence
                )
        for cause in sorted(strength, key=lambda slug: (-strength[slug], slug)):
            order.extend(merchandising.pinned_by_cause.get(cause, ()))
    return list(dict.fromkeys(order))


def _ranked(entry: Scored, *, merchandising: Merchandising, pinned: bool) -> RankedProduct:
    candidate = entry[3]
    return RankedProduct(
        product_id=candidate.product_id,
        sku=candidate.sku,
        score=entry_score(entry),
        reasons=reasons_for(candidate, merchandising),
        category=candidate.category,
        pinned=pinned,
    )


class DefaultRanker(BaseRanker):
    def rank(
        self,
        *,
        candidates: Sequence[Candidate],
        context: RankingContext,
        signals: Signals = NO_SIGNALS,
        merchandising: Merchandising = NO_MERCHANDISING,
    ) -> list[RankedProduct]:
        k = max(0, int(context.limit))
        if k == 0:
            return []
        merged = merge_candidates(candidates)
        excluded = frozenset(merchandising.excluded)
        pins = pin_order(merged.values(), merchandising)
        pin_set = set(pins)
        size = context.size
        road_only = context.off_road is False
        on_trails = context.off_road is True
        # Per product once, for the few products with events or a boost, not per candidate.
        behaviour = behaviour_terms(signals)
        boosts = {pid: bounded(factor) for pid, factor in merchandising.boosts.items()}
        pinned_entries: dict[int, Scored] = {}
        rest: list[Scored] = []
        for product_id, candidate in merged.items():
            # Eligibility inline: this loop runs for every candidate of every request.
            if not (candidate.is_active and candidate.in_stock) or product_id in excluded:
                continue
            if size is not None and size not in candidate.sizes_in_stock:
                continue
            pinned = product_id in pin_set
            score = relevance(candidate, merchandising)
            if score is None:
                # No cause reaches the product (say all its rules were excluded).
                if not pinned:
                    continue
                score = 0.0
            if road_only:
                score *= road_factor(candidate)
            elif on_trails:
                score *= trail_factor(candidate)
            if product_id in behaviour:
                score += behaviour[product_id]
            if product_id in boosts:
                score *= boosts[product_id]
            entry = (-score, candidate.sku, product_id, candidate)
            if pinned:
                pinned_entries[product_id] = entry
            else:
                rest.append(entry)
        rest.sort()
        pinned_block = [pinned_entries[pid] for pid in pins if pid in pinned_entries][:k]
        strength = max(0.0, min(1.0, float(context.diversity)))
        chosen = list(pinned_block)
        if strength > 0:
            leaders = kind_leaders(
                rest, chosen=chosen, k=k, cap=context.category_cap, merchandising=merchandising
            )
            if leaders:
                led = {entry[2] for entry in leaders}
                rest = [entry for entry in rest if entry[2] not in led]
                chosen.extend(leaders)
        chosen = select(rest, chosen=chosen, k=k, cap=context.category_cap, strength=strength)
        pinned_count = len(pinned_block)
        return [
            _ranked(result, merchandising=merchandising, pinned=index < pinned_count)
            for index, result in enumerate(chosen)
        ]


class RankerLoadError(ImportError):
    """The configured ranker path does not name a BaseRanker subclass."""


def ranker_load(path: str | None = None) -> BaseRanker:
    """An instance of the ranker class at ``path`` (the default ranker when None)."""
    path = path or DEFAULT_RANKER
    try:
        ranker_class = import_string(path)
    except ImportError as exc:
        raise RankerLoadError(f"ranker {path!r} cannot be imported: {exc}") from exc
    if not (isinstance(ranker_class, type) and issubclass(ranker_class, BaseRanker)):
        raise RankerLoadError(f"ranker {path!r} is not a BaseRanker subclass")
    return ranker_class()
