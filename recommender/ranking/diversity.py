"""Choosing the top k: each kind of fix first, then near-identical products kept apart.

Kinds of fix: a rule offers one kind (its categories: shoes, insoles, socks...). Where an
article or a shopper's words call for more than one kind, each kind whose best match is
nearly as strong (``KIND_SHARE``) as the best match of all gets its best product among the
first picks, in score order: flat feet see a stability shoe and an arch insole, not five
shoes; a passing mention that only earns a weak match gets no slot of its own.

Then maximal-marginal-relevance style: each next pick maximises
``score / best_score - strength x (similarity to the closest product already picked)``.
Similarity is 0.5 for the same kind of fix, 0.25 for the same brand and 0.25 x the share of
attribute values two products have in common, so five socks of one brand and one build
count as near-identical (close to 1) while a sock and a shoe barely touch. All of this
under a hard category cap.

Only a pool of the best products per category is re-ranked: enough to fill k under the cap
with room to choose, which keeps the cost at O(k x pool) rather than O(k x candidates).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from .scoring import Scored, best_match_per_cause, entry_score, match_contribution
from .types import Candidate, Merchandising, RuleMatch

POOL_PER_CATEGORY_FACTOR = 2  # a category contributes at most this many x k products
# A kind of fix earns a slot among the first picks when its best match (rule weight x cause
# strength) reaches this share of the best match of all.
KIND_SHARE = 0.8
_TOLERANCE = 1e-9

Kind = tuple[str, ...]


def kind_of(match: RuleMatch, candidate: Candidate) -> Kind:
    """The kind of fix a match offers: its rule's categories (a pin: the product's own)."""
    return match.categories or (candidate.category,)


def main_kind(candidate: Candidate) -> Kind:
    """The kind of fix of the product's strongest match (lowest rule id on a tie)."""
    best_value, best_match = -1.0, None
    for match in candidate.matches:
        value = match_contribution(match)
        if value > best_value or (
            value == best_value and best_match is not None and match.rule_id < best_match.rule_id
        ):
            best_value, best_match = value, match
    return kind_of(best_match, candidate) if best_match is not None else (candidate.category,)


def _kind_strengths(candidate: Candidate, merchandising: Merchandising) -> dict[Kind, float]:
    """Kind of fix -> the product's best match of that kind (after per-cause steering)."""
    if merchandising.excluded_by_cause or merchandising.boosts_by_cause:
        pairs = best_match_per_cause(candidate, merchandising).values()
    else:  # no steering: every match counts as it is (the common, cheaper case)
        pairs = ((match_contribution(match), match) for match in candidate.matches)
    strengths: dict[Kind, float] = {}
    for value, match in pairs:
        kind = match.categories or (candidate.category,)
        if value > strengths.get(kind, 0.0):
            strengths[kind] = value
    return strengths


def kind_leaders(
    ordered: Sequence[Scored],
    *,
    chosen: Sequence[Scored],
    k: int,
    cap: int | None,
    merchandising: Merchandising,
) -> list[Scored]:
    """The best product of each strong kind of fix not yet among ``chosen``, best first.

    Without pins the best product of all comes first whatever its kind. ``ordered`` is
    sorted best first; the category cap holds.
    """
    room = k - len(chosen)
    if room <= 0 or not ordered:
        return []
    per_entry = [_kind_strengths(entry[3], merchandising) for entry in ordered]
    pinned = [_kind_strengths(entry[3], merchandising) for entry in chosen]
    top = max((value for kinds in (*per_entry, *pinned) for value in kinds.values()), default=0.0)
    if not top > 0:
        return []
    floor = KIND_SHARE * top - _TOLERANCE

    def strong(kinds: dict[Kind, float]) -> set[Kind]:
        return {kind for kind, value in kinds.items() if value >= floor}

    covered: set[Kind] = set().union(*(strong(kinds) for kinds in pinned))
    counts = Counter(entry[3].category for entry in chosen)
    leaders: list[Scored] = []
    for index, (entry, kinds) in enumerate(zip(ordered, per_entry, strict=True)):
        fresh = strong(kinds)
        if not (fresh - covered or (index == 0 and not chosen)):
            continue
        category = entry[3].category
        if not _under_cap(counts, category, cap):
            continue
        leaders.append(entry)
        counts[category] += 1
        covered |= fresh
        if len(leaders) >= room:
            break
    return leaders


class _Features:
    """What similarity compares: attribute values become bits, so overlap is one AND."""

    __slots__ = ("bits", "brand", "kind", "size")

    def __init__(self, scored: Scored, bit_of: dict) -> None:
        candidate = scored[3]
        self.kind = main_kind(candidate)
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
    value = 0.5 if a.kind == b.kind else 0.0
    if a.brand == b.brand:
        value += 0.25
    if a.bits or b.bits:
        shared = (a.bits & b.bits).bit_count()
        value += 0.25 * shared / (a.size + b.size - shared)
    return value


def _under_cap(counts: Counter, category: str, cap: int | None) -> bool:
    return cap is None or counts[category] < cap


def _pool(
    ordered: Sequence[Scored], *, k: int, total: int, cap: int | None, counts: Counter
) -> list[Scored]:
    """Enough of the best products to fill k more picks; each category offers up to
    POOL_PER_CATEGORY_FACTOR x ``total`` (the whole list's length, picks made included), so
    picks made before (pins, kinds of fix) do not narrow the choice of the rest."""
    per_category = POOL_PER_CATEGORY_FACTOR * total
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
        if fillable >= k and len(pool) >= POOL_PER_CATEGORY_FACTOR * total:
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
    pool = _pool(ordered, k=need, total=k, cap=cap, counts=counts) if need > 0 else []
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
