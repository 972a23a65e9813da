"""Promises the ranker keeps for any input (Hypothesis)."""

import itertools
from collections import Counter
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from recommender.ranking import (
    Candidate,
    DefaultRanker,
    Merchandising,
    RankingContext,
    RuleMatch,
    Signals,
)

ranker = DefaultRanker()
CAUSES = ("improper_socks", "hard_surfaces", "foot_mechanics")
CATEGORIES = ("running-socks", "trail-socks", "running-shoes")
SIZES = ("S", "M", "L")

rule_matches = st.builds(
    RuleMatch,
    cause_slug=st.sampled_from(CAUSES),
    rule_id=st.integers(min_value=1, max_value=9),
    weight=st.sampled_from([0.0, 0.5, 1.0, 1.5, 3.0]),
    reason_text=st.just("Keeps feet dry."),
    evidence=st.just("Cotton holds sweat."),
    cause_confidence=st.floats(min_value=0, max_value=1),
)


# Few ids, so pins, boosts and exclusions mostly name products that are among the candidates.
product_ids_drawn = st.integers(1, 15)
# Mostly available products with reasons, so caps and pins are exercised, not just filtering.
mostly_true = st.sampled_from([True, True, True, True, False])
mostly_one = st.sampled_from([1, 1, 1, 1, 0])


@st.composite
def candidate_lists(draw):
    product_ids = draw(st.lists(product_ids_drawn, unique=True, max_size=15))
    rows = []
    for product_id in product_ids:
        rows.append(
            Candidate(
                product_id=product_id,
                sku=f"SW-{draw(st.integers(0, 9))}-{product_id:03d}",
                category=draw(st.sampled_from(CATEGORIES)),
                brand=draw(st.sampled_from(["Northloop", "Ridge", "Tempo"])),
                attributes={
                    "cushioning": draw(st.sampled_from(["light", "max", None])),
                    "moisture_wicking": draw(st.booleans()),
                },
                in_stock=draw(mostly_true),
                sizes_in_stock=frozenset(draw(st.sets(st.sampled_from(SIZES), min_size=2))),
                price=Decimal("12.00"),
                matches=tuple(draw(st.lists(rule_matches, min_size=draw(mostly_one), max_size=3))),
                is_active=draw(mostly_true),
            )
        )
    return rows


merchandisings = st.builds(
    Merchandising,
    pinned=st.lists(product_ids_drawn, max_size=4).map(tuple),
    boosts=st.dictionaries(product_ids_drawn, st.sampled_from([0.0, 0.5, 2.0]), max_size=4),
    excluded=st.frozensets(product_ids_drawn, max_size=3),
    pinned_by_cause=st.dictionaries(
        st.sampled_from(CAUSES), st.lists(product_ids_drawn, max_size=2).map(tuple), max_size=2
    ),
    excluded_by_cause=st.dictionaries(
        st.sampled_from(CAUSES), st.frozensets(product_ids_drawn, max_size=3), max_size=2
    ),
)
signal_maps = st.dictionaries(product_ids_drawn, st.integers(0, 500), max_size=6)
signal_sets = st.builds(Signals, co_purchases=signal_maps, co_clicks=signal_maps)
contexts = st.builds(
    RankingContext,
    limit=st.integers(0, 15),
    size=st.sampled_from([None, "S", "M"]),
    category_cap=st.sampled_from([None, 1, 2, 4]),
    diversity=st.sampled_from([0.0, 0.3, 0.5, 1.0]),
)


def shown_at_all(row, context, merchandising):
    if not (row.is_active and row.in_stock) or row.product_id in merchandising.excluded:
        return False
    return context.size is None or context.size in row.sizes_in_stock


@settings(max_examples=75, deadline=None)
@given(candidate_lists(), contexts, merchandisings, signal_sets)
def test_output_is_a_subset_of_available_unexcluded_input(
    candidates, context, merchandising, signals
):
    ranked = ranker.rank(
        candidates=candidates, context=context, signals=signals, merchandising=merchandising
    )
    by_id = {row.product_id: row for row in candidates}
    returned = [product.product_id for product in ranked]
    assert len(returned) == len(set(returned)) <= context.limit
    for product in ranked:
        row = by_id[product.product_id]
        assert row.sku == product.sku
        assert row.is_active and row.in_stock
        assert product.product_id not in merchandising.excluded
        if context.size is not None:
            assert context.size in row.sizes_in_stock
        if not product.pinned:
            assert product.reasons, "an unpinned product needs a reason"
        causes = [reason.cause_slug for reason in product.reasons]
        assert len(causes) == len(set(causes))
        for cause in causes:
            assert product.product_id not in merchandising.excluded_by_cause.get(cause, ())


@settings(max_examples=75, deadline=None)
@given(candidate_lists(), contexts, merchandisings)
def test_pins_lead_in_order_and_the_category_cap_holds_after_them(
    candidates, context, merchandising
):
    ranked = ranker.rank(candidates=candidates, context=context, merchandising=merchandising)
    flags = [product.pinned for product in ranked]
    assert flags == sorted(flags, reverse=True), "pinned products come first"
    pinned = [product.product_id for product in ranked if product.pinned]
    available = {row.product_id for row in candidates if shown_at_all(row, context, merchandising)}
    article_pins = [p for p in dict.fromkeys(merchandising.pinned) if p in available]
    assert pinned[: len(article_pins)] == article_pins[: context.limit]
    per_cause = {p for pins in merchandising.pinned_by_cause.values() for p in pins}
    assert set(pinned) <= set(article_pins) | per_cause
    if context.category_cap is not None:
        pinned_per_category = Counter(p.category for p in ranked if p.pinned)
        for category, count in Counter(p.category for p in ranked).items():
            assert count <= max(context.category_cap, pinned_per_category[category])


@settings(max_examples=75, deadline=None)
@given(candidate_lists(), contexts, merchandisings, signal_sets, st.randoms())
def test_same_input_in_any_order_gives_the_same_answer(
    candidates, context, merchandising, signals, rng
):
    first = ranker.rank(
        candidates=candidates, context=context, signals=signals, merchandising=merchandising
    )
    shuffled = list(candidates)
    rng.shuffle(shuffled)
    again = ranker.rank(
        candidates=shuffled, context=context, signals=signals, merchandising=merchandising
    )
    assert first == again


@settings(max_examples=75, deadline=None)
@given(candidate_lists(), contexts, merchandisings, signal_sets)
def test_without_diversity_scores_never_rise_after_the_pinned_block(
    candidates, context, merchandising, signals
):
    context = RankingContext(
        limit=context.limit, size=context.size, category_cap=context.category_cap, diversity=0.0
    )
    ranked = ranker.rank(
        candidates=candidates, context=context, signals=signals, merchandising=merchandising
    )
    scores = [product.score for product in ranked if not product.pinned]
    assert scores == sorted(scores, reverse=True)
    # Ties are broken by SKU.
    for before, after in itertools.pairwise(ranked):
        if not before.pinned and before.score == after.score:
            assert before.sku <= after.sku


@settings(max_examples=75, deadline=None)
@given(candidate_lists(), st.sampled_from([None, 2, 4]))
def test_diversity_never_drops_products_the_cap_allows(candidates, cap):
    plain = ranker.rank(
        candidates=candidates, context=RankingContext(limit=8, category_cap=cap, diversity=0)
    )
    diverse = ranker.rank(
        candidates=candidates, context=RankingContext(limit=8, category_cap=cap, diversity=1)
    )
    assert len(diverse) == len(plain)


@given(st.integers(0, 10**9), st.integers(0, 10**9), st.integers(0, 50))
def test_behaviour_is_bounded_and_never_falls_with_more_events(clicks, purchases, more):
    from recommender.ranking.scoring import BEHAVIOUR_CAP, behaviour_term

    def term(clicks, purchases):
        return behaviour_term(1, Signals(co_clicks={1: clicks}, co_purchases={1: purchases}))

    assert 0 <= term(clicks, purchases) <= BEHAVIOUR_CAP
    assert term(clicks + more, purchases) >= term(clicks, purchases)
    assert term(clicks, purchases + more) >= term(clicks, purchases)
