"""The default ranker: who is shown, in what order, and with which reasons."""

from decimal import Decimal

import pytest

from recommender.ranking import (
    BaseRanker,
    Candidate,
    DefaultRanker,
    Merchandising,
    RankerLoadError,
    RankingContext,
    RuleMatch,
    Signals,
    ranker_load,
)

SOCK = {"cushioning": "light", "moisture_wicking": True, "height": "crew", "material": "merino"}


def match(cause="improper_socks", *, weight=1.0, confidence=0.8, rule_id=1, text=None):
    return RuleMatch(
        cause_slug=cause,
        rule_id=rule_id,
        weight=weight,
        reason_text=text or f"Rule {rule_id} helps with {cause}.",
        evidence=f"The article talks about {cause.replace('_', ' ')}.",
        cause_confidence=confidence,
    )


def candidate(
    product_id,
    *matches,
    sku=None,
    category="running-socks",
    brand="Northloop",
    attributes=None,
    in_stock=True,
    sizes=("S", "M", "L"),
    active=True,
):
    return Candidate(
        product_id=product_id,
        sku=sku or f"SW-{product_id:04d}",
        category=category,
        brand=brand,
        attributes=dict(SOCK if attributes is None else attributes),
        in_stock=in_stock,
        sizes_in_stock=frozenset(sizes),
        price=Decimal("15.00"),
        matches=matches or (match(),),
        is_active=active,
    )


ranker = DefaultRanker()
PLAIN = RankingContext(limit=12, category_cap=None, diversity=0.0)


def skus(ranked):
    return [product.sku for product in ranked]


def ids(ranked):
    return [product.product_id for product in ranked]


def test_inactive_and_sold_out_products_are_never_recommended():
    ranked = ranker.rank(
        candidates=[
            candidate(1),
            candidate(2, in_stock=False, sizes=()),
            candidate(3, active=False),
            candidate(4, match(weight=5)),
        ],
        context=PLAIN,
    )
    assert ids(ranked) == [4, 1]


def test_a_known_size_keeps_only_products_in_stock_in_that_size():
    candidates = [candidate(1, sizes=("S",)), candidate(2, sizes=("M", "L")), candidate(3)]
    assert ids(ranker.rank(candidates=candidates, context=RankingContext(size="M"))) == [2, 3]
    assert ids(ranker.rank(candidates=candidates, context=RankingContext(size="XS"))) == []
    assert len(ranker.rank(candidates=candidates, context=RankingContext())) == 3


def test_score_is_strongest_cause_plus_a_share_of_the_others():
    ranked = ranker.rank(
        candidates=[
            candidate(1, match("improper_socks", weight=1.0, confidence=0.5)),
            candidate(
                2,
                match("improper_socks", weight=1.0, confidence=0.5),
                match("hard_surfaces", weight=2.0, confidence=0.25, rule_id=2),
            ),
        ],
        context=PLAIN,
    )
    assert ids(ranked) == [2, 1]
    # Both causes give 0.5: the strongest counts in full, the other a quarter.
    assert ranked[0].score == pytest.approx(0.625)
    assert ranked[1].score == pytest.approx(0.5)


def test_several_rules_for_one_cause_count_once_with_the_best_reason():
    (ranked,) = ranker.rank(
        candidates=[
            candidate(
                1,
                match(weight=0.5, rule_id=7, text="Wicking keeps feet dry."),
                match(weight=1.5, rule_id=9, text="Seamless toes stop rubbing."),
                match(weight=1.0, rule_id=8),
            )
        ],
        context=PLAIN,
    )
    assert ranked.score == pytest.approx(1.5 * 0.8)
    assert [reason.text for reason in ranked.reasons] == ["Seamless toes stop rubbing."]


def test_a_product_matched_by_several_causes_carries_every_reason_strongest_first():
    (ranked,) = ranker.rank(
        candidates=[
            candidate(
                1,
                match("improper_socks", weight=1.0, confidence=0.4),
                match("hard_surfaces", weight=1.0, confidence=0.9, rule_id=2),
                match("improper_footwear", weight=1.0, confidence=0.6, rule_id=3),
            )
        ],
        context=PLAIN,
    )
    assert [reason.cause_slug for reason in ranked.reasons] == [
        "hard_surfaces",
        "improper_footwear",
        "improper_socks",
    ]
    assert ranked.reasons[0].evidence == "The article talks about hard surfaces."
    assert ranked.reason_for("improper_socks").text == "Rule 1 helps with improper_socks."


def test_rows_for_the_same_product_are_merged_into_one_with_all_reasons():
    ranked = ranker.rank(
        candidates=[candidate(1, match("improper_socks")), candidate(1, match("hard_surfaces"))],
        context=PLAIN,
    )
    assert len(ranked) == 1
    assert {reason.cause_slug for reason in ranked[0].reasons} == {
        "improper_socks",
        "hard_surfaces",
    }


def test_works_with_no_behaviour_at_all():
    ranked = ranker.rank(candidates=[candidate(2), candidate(1)], context=PLAIN, signals=Signals())
    assert skus(ranked) == ["SW-0001", "SW-0002"]


def test_clicks_and_purchases_by_readers_lift_a_product_among_equals():
    candidates = [candidate(1), candidate(2), candidate(3)]
    signals = Signals(co_clicks={3: 2}, co_purchases={2: 1})
    assert ids(ranker.rank(candidates=candidates, context=PLAIN, signals=signals)) == [2, 3, 1]


def test_behaviour_cannot_swamp_a_clearly_better_match():
    candidates = [candidate(1, match(weight=2.0)), candidate(2, match(weight=1.0))]
    signals = Signals(co_purchases={2: 100_000}, co_clicks={2: 1_000_000}, popularity={2: 10**9})
    ranked = ranker.rank(candidates=candidates, context=PLAIN, signals=signals)
    assert ids(ranked) == [1, 2]
    assert ranked[1].score <= 0.8 + 0.5 + 1e-9


def test_equal_scores_are_ordered_by_sku_whatever_the_input_order():
    candidates = [candidate(n, sku=f"SW-{code}") for n, code in enumerate("DBCA", start=1)]
    first = ranker.rank(candidates=candidates, context=PLAIN)
    second = ranker.rank(candidates=list(reversed(candidates)), context=PLAIN)
    assert skus(first) == skus(second) == ["SW-A", "SW-B", "SW-C", "SW-D"]


def test_pins_come_first_in_their_order_even_when_they_score_lower():
    candidates = [candidate(1, match(weight=3)), candidate(2, match(weight=0.1)), candidate(3)]
    merchandising = Merchandising(pinned=(3, 2, 99))
    ranked = ranker.rank(candidates=candidates, context=PLAIN, merchandising=merchandising)
    assert ids(ranked) == [3, 2, 1]
    assert [product.pinned for product in ranked] == [True, True, False]


def test_a_pinned_product_that_sold_out_is_not_shown():
    candidates = [candidate(1), candidate(2, in_stock=False)]
    ranked = ranker.rank(
        candidates=candidates, context=PLAIN, merchandising=Merchandising(pinned=(2,))
    )
    assert ids(ranked) == [1]


def test_pins_per_cause_follow_the_article_pins_strongest_cause_first():
    candidates = [
        candidate(1, match("improper_socks", confidence=0.9)),
        candidate(2, match("hard_surfaces", confidence=0.5)),
        candidate(3, match("improper_socks", confidence=0.9)),
        candidate(4, match("hard_surfaces", confidence=0.5)),
    ]
    merchandising = Merchandising(
        pinned=(4,), pinned_by_cause={"hard_surfaces": (2,), "improper_socks": (3,)}
    )
    ranked = ranker.rank(candidates=candidates, context=PLAIN, merchandising=merchandising)
    assert ids(ranked) == [4, 3, 2, 1]


def test_excluded_products_disappear_even_when_pinned():
    candidates = [candidate(1, match(weight=9)), candidate(2)]
    merchandising = Merchandising(pinned=(1,), excluded=frozenset({1}))
    assert ids(ranker.rank(candidates=candidates, context=PLAIN, merchandising=merchandising)) == [
        2
    ]


def test_excluding_a_product_for_one_cause_keeps_its_other_reasons():
    candidates = [
        candidate(1, match("improper_socks"), match("hard_surfaces", rule_id=2)),
        candidate(2, match("improper_socks")),
    ]
    merchandising = Merchandising(excluded_by_cause={"improper_socks": frozenset({1, 2})})
    ranked = ranker.rank(candidates=candidates, context=PLAIN, merchandising=merchandising)
    assert ids(ranked) == [1]
    assert [reason.cause_slug for reason in ranked[0].reasons] == ["hard_surfaces"]


def test_boosts_multiply_the_score_overall_or_for_one_cause():
    candidates = [candidate(1, match(weight=1.2)), candidate(2, match(weight=1.0))]
    boosted = Merchandising(boosts={2: 1.5})
    assert ids(ranker.rank(candidates=candidates, context=PLAIN, merchandising=boosted)) == [2, 1]
    per_cause = Merchandising(boosts_by_cause={"improper_socks": {2: 1.5}})
    ranked = ranker.rank(candidates=candidates, context=PLAIN, merchandising=per_cause)
    assert ids(ranked) == [2, 1]
    assert ranked[0].score == pytest.approx(1.0 * 0.8 * 1.5)
    buried = Merchandising(boosts={1: 0.0})
    assert ids(ranker.rank(candidates=candidates, context=PLAIN, merchandising=buried)) == [2, 1]


def test_category_cap_limits_each_category_in_the_top_k():
    socks = [candidate(n, match(weight=2)) for n in range(1, 6)]
    shoes = [candidate(n, category="running-shoes", brand=f"b{n}") for n in range(6, 9)]
    context = RankingContext(limit=5, category_cap=2, diversity=0.0)
    ranked = ranker.rank(candidates=socks + shoes, context=context)
    # The cap is hard: a short list rather than a third product of one category.
    assert [product.category for product in ranked] == [
        "running-socks",
        "running-socks",
        "running-shoes",
        "running-shoes",
    ]


def test_top_five_are_not_five_near_identical_socks():
    twins = [candidate(n, match(weight=1.0)) for n in range(1, 8)]
    others = [
        candidate(
            10,
            match(weight=0.85),
            brand="Trailhound",
            attributes={"cushioning": "max", "height": "quarter", "blister_protection": True},
        ),
        candidate(
            11,
            match(weight=0.8),
            category="trail-socks",
            brand="Ridge",
            attributes={"height": "ankle"},
        ),
    ]
    plain = ranker.rank(
        candidates=twins + others, context=RankingContext(limit=5, diversity=0, category_cap=None)
    )
    diverse = ranker.rank(
        candidates=twins + others, context=RankingContext(limit=5, category_cap=None)
    )
    assert set(ids(plain)) == {1, 2, 3, 4, 5}
    assert {10, 11} <= set(ids(diverse))
    assert ids(diverse)[0] == 1  # the best product still leads


def test_limit_zero_or_no_candidates_gives_an_empty_list():
    assert ranker.rank(candidates=[candidate(1)], context=RankingContext(limit=0)) == []
    assert ranker.rank(candidates=[], context=RankingContext()) == []


def test_a_product_without_any_reason_is_not_recommended_unless_pinned():
    bare = candidate(1)
    bare = type(bare)(**{**bare.__dict__, "matches": ()})
    assert ranker.rank(candidates=[bare], context=PLAIN) == []
    ranked = ranker.rank(candidates=[bare], context=PLAIN, merchandising=Merchandising(pinned=(1,)))
    assert ids(ranked) == [1]
    assert ranked[0].reasons == ()


def test_the_ranker_is_chosen_by_dotted_path():
    assert isinstance(ranker_load(), DefaultRanker)
    assert isinstance(ranker_load("recommender.ranking.ranker.DefaultRanker"), BaseRanker)
    with pytest.raises(RankerLoadError, match="cannot be imported"):
        ranker_load("recommender.ranking.nowhere.Ranker")
    with pytest.raises(RankerLoadError, match="not a BaseRanker subclass"):
        ranker_load("recommender.ranking.types.Candidate")


def test_bad_numbers_from_a_row_neither_crash_nor_dominate():
    nan, inf = float("nan"), float("inf")
    candidates = [
        candidate(1, match(weight=nan)),
        candidate(2, match(weight=inf, rule_id=2)),
        candidate(3, match(confidence=nan, rule_id=3)),
        candidate(4, match(weight=-2, rule_id=4)),
        candidate(5, match(weight=1.0), attributes={"colours": ["red", "blue"], "size": {"a": 1}}),
    ]
    merchandising = Merchandising(boosts={1: nan, 5: -3, 4: inf})
    ranked = ranker.rank(
        candidates=candidates, context=RankingContext(), merchandising=merchandising
    )
    scores = {product.product_id: product.score for product in ranked}
    assert all(0 <= score < inf for score in scores.values())
    assert ranked[0].product_id == 2  # a huge weight is capped, not infinite
    assert scores[5] == 0.0  # a negative boost buries, never flips the sign
