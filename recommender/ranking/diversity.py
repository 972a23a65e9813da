"""Greedy re-ranking that keeps near-identical products apart, under a hard category cap.

Maximal-marginal-relevance style: each next pick maximises
``score / best_score - strength x (similarity to the closest product already picked)``.
Similarity is 0.5 for the same category, 0.25 for the same brand and 0.25 x the share of
attribute values two products have in common, so five socks of one brand and one build
count as near-identical (close to 1) while a sock and a shoe barely touch.

Only a pool of the best products per category is re-ranked: enough to fill k under the cap
with room to choose, which keeps the cost at O(k x pool) rather than O(k x candidates).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from .scoring import Scored, entry_score

POOL_PER_CATEGORY_FACTOR = 2  # a category contributes at most this many x k products


class _Features:
    """What similarity compares: attribute values become bits, so overlap is one AND."""

    __slots__ = ("bits", "brand", "category", "size")

    def __init__(self, scored: Scored, bit_of: dict) -> None:
        candidate = scored[3]
        self.category = candidate.category
        self.brand = candidate.brand
        bits = 0
        for key, value in candidate.attributes.items():
            if value in (None, "", False):
                continue
            pair = (key, value if isinstance(value, str | int | float | Decimal) else repr(value))
            bit = bit_of.get(pair)
            if bit is None:
                bit = bit_of[pair] = 1 << len(bit_of)
            bits |= bit
        self.bits = bits
        self.size = bits.bit_count()


def similarity(a: _Features, b: _Features) -> float:
    value = 0.5 if a.category == b.category else 0.0
    if a.brand == b.brand:
        value += 0.25
    if a.bits or b.bits:
        shared = (a.bits & b.bits).bit_count()
        value += 0.25 * shared / (a.size + b.size - shared)
    return value


def _under_cap(counts: Counter, category: str, cap: int | None) -> bool:
    return cap is None or counts[category] < cap


def _pool(ordered: Sequence[Scored], *, k: int, cap: int | None, counts: Counter) -> list[Scored]:
    per_category = POOL_PER_CATEGORY_FACTOR * k
    pool: list[Scored] = []
    in_pool: Counter = Counter()
    fillable = 0  # how many picks the pool allows under the cap
    room = {}
    for scored in ordered:
        category = scored[3].category
        if in_pool[category] >= per_category:
            continue
        if category not in room:
            room[category] = k if cap is None else max(0, cap - counts[category])
        if room[category] == 0:
            continue
        pool.append(scored)
        in_pool[category] += 1
        if in_pool[category] <= room[category]:
            fillable += 1
        if fillable >= k and len(pool) >= POOL_PER_CATEGORY_FACTOR * k:
            break
    return pool


def select(
    ordered: Sequence[Scored],
    *,
    chosen: list[Scored],
    k: int,
    cap: int | None,
    strength: float,
) -> list[Scored]:
    """Extend ``chosen`` (the pinned block) to at most k products from ``ordered``.

    ``ordered`` is sorted best first with ties broken by SKU, so every choice is deterministic.
    """
    counts = Counter(scored[3].category for scored in chosen)
    if strength <= 0:
        for scored in ordered:
            if len(chosen) >= k:
                break
            category = scored[3].category
            if _under_cap(counts, category, cap):
                chosen.append(scored)
                counts[category] += 1
        return chosen

    need = k - len(chosen)
    pool = _pool(ordered, k=need, cap=cap, counts=counts) if need > 0 else []
    if not pool:
        return chosen
    scores = [entry_score(scored) for scored in pool]
    top = max(scores)
    norm = top if top > 0 else 1.0
    categories = [scored[3].category for scored in pool]
    # Products already shown (pins first, then each pick); every pool entry remembers how
    # many of them it has been compared with, so similarity is computed only for entries
    # that are actually weighed, and only against picks made since they were last weighed.
    bit_of: dict = {}
    shown = [_Features(scored, bit_of) for scored in chosen]
    features: list[_Features | None] = [None] * len(pool)
    compared = [0] * len(pool)
    closest = [0.0] * len(pool)
    available = list(range(len(pool)))
    while len(chosen) < k and available:
        best_index, best_value = -1, float("-inf")
        for index in available:
            relevance = scores[index] / norm
            # The pool is ordered best score first and the penalty is never negative, so
            # once relevance alone cannot beat the best value, no later entry can either.
            if relevance <= best_value:
                break
            if not _under_cap(counts, categories[index], cap):
                continue
            # Similarity only grows as picks are added, so a value from fewer comparisons
            # is an upper bound: when even that cannot win, skip the fresh comparisons.
            if relevance - strength * closest[index] <= best_value:
                continue
            if compared[index] < len(shown):
                own = features[index]
                if own is None:
                    own = features[index] = _Features(pool[index], bit_of)
                nearest = closest[index]
                for other in shown[compared[index] :]:
                    closeness = similarity(own, other)
                    if closeness > nearest:
                        nearest = closeness
                closest[index] = nearest
                compared[index] = len(shown)
            value = relevance - strength * closest[index]
            if value > best_value:  # strict: on a tie the earlier (better, lower SKU) one stays
                best_index, best_value = index, value
        if best_index < 0:
            break
        picked = pool[best_index]
        chosen.append(picked)
        counts[categories[best_index]] += 1
        available.remove(best_index)
        shown.append(features[best_index] or _Features(picked, bit_of))
    return chosen
