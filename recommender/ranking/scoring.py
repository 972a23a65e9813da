"""How strongly a product answers the causes: relevance, the behaviour term and boosts.

relevance = the product's strongest cause (best rule weight x cause confidence) plus
            SECONDARY_SHARE of each further cause, each cause counted once however many of
            its rules match: a product that answers a second cause too beats one that
            answers only the first, but two minor causes pointing at one product never
            outrank the main cause's products;
behaviour = at most BEHAVIOUR_CAP, growing with the log of weighted events, so a handful of
            clicks lifts a product among equals but never past a clearly better match;
score     = (relevance + behaviour) x the product's boost (computed in the ranker's loop).
"""

from __future__ import annotations

import math

from .types import Candidate, Merchandising, Reason, RuleMatch, Signals

BEHAVIOUR_CAP = 0.5
BEHAVIOUR_SATURATION = 200.0  # weighted events at which the behaviour term reaches its cap
PURCHASE_WEIGHT = 3.0
CLICK_WEIGHT = 1.0
POPULARITY_WEIGHT = 0.1
_SATURATION_LOG = math.log1p(BEHAVIOUR_SATURATION)
MAX_FACTOR = 100.0  # the largest rule weight or boost that counts
# What each cause after a product's strongest one adds, as a share of its own contribution.
SECONDARY_SHARE = 0.25
# Factors for products built for trails (and for road-to-trail ones) when the text speaks
# only of roads or of no ground at all.
OFF_ROAD_MISMATCH = 0.8
MIXED_SURFACE_MISMATCH = 0.9
# Factor for products built for roads or the track when the text speaks of trails or mud.
ROAD_ON_TRAIL_MISMATCH = 0.85


# A scored candidate travels as a plain tuple, the cheapest thing to build and to sort:
# sorting (-score, sku, product_id, candidate) puts the best first with ties broken by SKU.
Scored = tuple[float, str, int, Candidate]


def entry_score(entry: Scored) -> float:
    return -entry[0]


def behaviour_term(product_id: int, signals: Signals) -> float:
    raw = (
        PURCHASE_WEIGHT * max(0, signals.co_purchases.get(product_id, 0))
        + CLICK_WEIGHT * max(0, signals.co_clicks.get(product_id, 0))
        + POPULARITY_WEIGHT * max(0, signals.popularity.get(product_id, 0))
    )
    if raw <= 0:
        return 0.0
    return BEHAVIOUR_CAP * min(1.0, math.log1p(raw) / _SATURATION_LOG)


def behaviour_terms(signals: Signals) -> dict[int, float]:
    """The behaviour term of every product that has any events (the rest get 0)."""
    product_ids = {*signals.co_purchases, *signals.co_clicks, *signals.popularity}
    return {product_id: behaviour_term(product_id, signals) for product_id in product_ids}


def bounded(factor: float) -> float:
    """A weight or boost as used: within 0..MAX_FACTOR, and 0 for NaN from a bad row."""
    if 0.0 <= factor <= MAX_FACTOR:
        return factor
    return MAX_FACTOR if factor > MAX_FACTOR else 0.0


def match_contribution(match: RuleMatch) -> float:
    confidence = match.cause_confidence
    if not confidence > 0:  # also catches NaN
        return 0.0
    return bounded(match.weight) * (confidence if confidence < 1 else 1.0)


def _steered(match: RuleMatch, product_id: int, merchandising: Merchandising) -> tuple[bool, float]:
    """(kept, factor) for one match under per-cause exclusions and boosts."""
    cause = match.cause_slug
    if product_id in merchandising.excluded_by_cause.get(cause, ()):
        return False, 0.0
    factor = merchandising.boosts_by_cause.get(cause, {}).get(product_id, 1.0)
    return True, bounded(factor)


def best_match_per_cause(
    candidate: Candidate, merchandising: Merchandising
) -> dict[str, tuple[float, RuleMatch]]:
    """cause slug -> (contribution, the match that gives it; lowest rule id on a tie)."""
    steering = bool(merchandising.excluded_by_cause or merchandising.boosts_by_cause)
    best: dict[str, tuple[float, RuleMatch]] = {}
    for match in candidate.matches:
        contribution = match_contribution(match)
        if steering:
            kept, factor = _steered(match, candidate.product_id, merchandising)
            if not kept:
                continue
            contribution *= factor
        current = best.get(match.cause_slug)
        if (
            current is None
            or contribution > current[0]
            or (contribution == current[0] and match.rule_id < current[1].rule_id)
        ):
            best[match.cause_slug] = (contribution, match)
    return best


def combined(contributions) -> float:
    """The strongest contribution plus SECONDARY_SHARE of the others."""
    values = list(contributions)
    if not values:
        return 0.0
    strongest = max(values)
    return strongest + SECONDARY_SHARE * (sum(values) - strongest)


def road_factor(candidate: Candidate) -> float:
    """What a product keeps of its score for a road runner.

    By its surface attribute (trail, mixed) or, without one, its category's slug (trail socks).
    """
    surface = candidate.attributes.get("surface")
    if surface == "trail" or (not surface and candidate.category.startswith("trail")):
        return OFF_ROAD_MISMATCH
    if surface == "mixed":
        return MIXED_SURFACE_MISMATCH
    return 1.0


def trail_factor(candidate: Candidate) -> float:
    """What a product keeps of its score for a runner on trails: by its surface attribute,
    road and track products a step lower; products without one (socks, insoles) keep it all."""
    if candidate.attributes.get("surface") in ("road", "track"):
        return ROAD_ON_TRAIL_MISMATCH
    return 1.0


def relevance(candidate: Candidate, merchandising: Merchandising) -> float | None:
    """The combined best contribution per cause; None when no cause reaches the product.

    The hot loop of ranking, run for every eligible candidate: no objects are built here.
    """
    matches = candidate.matches
    if not matches:
        return None
    if len(matches) == 1 and not (merchandising.excluded_by_cause or merchandising.boosts_by_cause):
        return match_contribution(matches[0])
    if merchandising.excluded_by_cause or merchandising.boosts_by_cause:
        best = best_match_per_cause(candidate, merchandising)
        return combined(contribution for contribution, _ in best.values()) if best else None
    # match_contribution inlined: this runs for every match of every candidate.
    best_value: dict[str, float] = {}
    for match in matches:
        weight, confidence = match.weight, match.cause_confidence
        if weight > 0 and confidence > 0:  # NaN fails both tests
            contribution = (weight if weight < MAX_FACTOR else MAX_FACTOR) * (
                confidence if confidence < 1 else 1.0
            )
            if contribution > best_value.get(match.cause_slug, 0.0):
                best_value[match.cause_slug] = contribution
    # Zero when every match weighs nothing; the product still has its reasons to show.
    return combined(best_value.values())


def reasons_for(candidate: Candidate, merchandising: Merchandising) -> tuple[Reason, ...]:
    """One reason per cause, strongest first (ties by cause slug). Built for the picks only."""
    best = best_match_per_cause(candidate, merchandising)
    ordered = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
    return tuple(
        Reason(cause_slug=cause, text=match.reason_text, evidence=match.evidence)
        for cause, (_, match) in ordered
    )
