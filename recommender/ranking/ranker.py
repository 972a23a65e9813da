"""The ranker contract and the default ranker.

A ranker is built once and called per request with plain values (see ``types``)::

    ranker = ranker_load(recommender_settings.RANKER)      # a dotted path, like the detector
    ranked = ranker.rank(candidates=..., context=RankingContext(limit=12, size="M"),
                         signals=..., merchandising=...)

It never touches the database. Promises of every ranker: only active, in-stock products
(in the shopper's size when known), never an excluded one, at most ``limit`` products, the
same answer for the same input. The default ranker also puts pins first in their order,
scores by rules, confidence and behaviour (``scoring``), spreads near-identical products
apart and caps each category in the top k (``diversity``), and breaks ties by SKU.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import replace

from django.utils.module_loading import import_string

from .diversity import select
from .scoring import Scored, is_eligible, reasons_for, score_candidate
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


def _ranked(scored: Scored, *, merchandising: Merchandising, pinned: bool) -> RankedProduct:
    candidate = scored.candidate
    return RankedProduct(
        product_id=candidate.product_id,
        sku=candidate.sku,
        score=scored.score,
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
        scored: dict[int, Scored] = {}
        for product_id, candidate in merged.items():
            if not is_eligible(candidate, context=context, excluded=excluded):
                continue
            # A product no cause reaches (all its rules excluded) is shown only when pinned.
            result = score_candidate(
                candidate,
                signals=signals,
                merchandising=merchandising,
                pinned=product_id in pin_set,
            )
            if result is not None:
                scored[product_id] = result

        pinned_block = [scored[product_id] for product_id in pins if product_id in scored][:k]
        rest = sorted(
            (result for product_id, result in scored.items() if product_id not in pin_set),
            key=lambda result: (-result.score, result.candidate.sku, result.candidate.product_id),
        )
        chosen = select(
            rest,
            chosen=list(pinned_block),
            k=k,
            cap=context.category_cap,
            strength=max(0.0, min(1.0, float(context.diversity))),
        )
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
