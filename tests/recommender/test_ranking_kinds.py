"""Each kind of fix a text calls for is shown early: a stability shoe and an arch insole."""

from recommender.ranking import DefaultRanker, RankingContext
from tests.recommender.ranking_builders import in_stock_product, rule_match

ranker = DefaultRanker()

SHOES = ("running-shoes", "trail-shoes")
INSOLES = ("insoles",)
SOCKS = ("running-socks", "trail-socks")
STABILITY_SHOE = {"cushioning": "medium", "support": "stability", "surface": "road"}
NEUTRAL_SHOE = {"cushioning": "max", "support": "neutral", "surface": "road"}
INSOLE = {"cushioning": "light", "support": "stability", "arch_support": True}
SOCK = {"cushioning": "medium", "height": "crew", "moisture_wicking": True}


def match(cause, *, weight, categories, confidence=0.9, rule_id=1):
    return rule_match(
        cause, weight=weight, categories=categories, confidence=confidence, rule_id=rule_id
    )


product = in_stock_product


def shoe(product_id, *, category="running-shoes", surface="road", brand="Northloop"):
    """A stability shoe answering flat feet, worn shoes and hard ground: three causes."""
    return product(
        product_id,
        category,
        {**STABILITY_SHOE, "surface": surface},
        match("foot_mechanics", weight=1.2, categories=SHOES, rule_id=1),
        match("improper_footwear", weight=1.2, categories=SHOES, rule_id=2),
        match("hard_surfaces", weight=1.2, categories=SHOES, rule_id=3),
        brand=brand,
    )


def insole(product_id, *, weight=1.1):
    return product(
        product_id,
        "insoles",
        INSOLE,
        match("foot_mechanics", weight=weight, categories=INSOLES, rule_id=4),
        brand="Archwell",
    )


def ids(ranked):
    return [item.product_id for item in ranked]


def test_flat_feet_see_an_arch_insole_right_after_the_best_shoe():
    shoes = [shoe(pid, brand=f"Brand{pid}") for pid in range(1, 8)]
    candidates = [*shoes, insole(20), insole(21, weight=1.0)]

    plain = ranker.rank(
        candidates=candidates, context=RankingContext(limit=5, diversity=0, category_cap=None)
    )
    shown = ranker.rank(candidates=candidates, context=RankingContext(limit=5, category_cap=None))

    # By score alone the shoes, which answer three causes, fill the top five.
    assert 20 not in ids(plain)
    # A shop shows both kinds of fix: the best shoe, then the best insole, then more shoes.
    assert ids(shown)[:2] == [1, 20]
    assert 21 not in ids(shown)  # one slot per kind; the second insole waits its turn


def test_a_kind_of_fix_with_only_a_weak_match_gets_no_early_slot():
    shoes = [shoe(pid) for pid in range(1, 7)]
    # A sock for a cause mentioned in passing: far below the shoes' best match.
    sock = product(
        30,
        "running-socks",
        SOCK,
        match("hard_surfaces", weight=0.7, categories=SOCKS, confidence=0.6, rule_id=5),
        brand="Loopline",
    )

    shown = ranker.rank(
        candidates=[*shoes, sock], context=RankingContext(limit=5, category_cap=None)
    )

    assert 30 not in ids(shown)


def test_trail_and_road_shoes_are_one_kind_so_a_road_runner_keeps_road_shoes():
    road = [shoe(pid, brand="Northloop") for pid in range(1, 6)]
    trail = shoe(9, category="trail-shoes", surface="trail", brand="Ridge")

    shown = ranker.rank(
        candidates=[*road, trail],
        context=RankingContext(limit=4, category_cap=None, off_road=False),
    )

    assert ids(shown) == [1, 2, 3, 4]


def test_kind_slots_keep_the_category_cap():
    shoes = [shoe(pid) for pid in range(1, 5)]
    insoles = [insole(20), insole(21)]
    socks = [
        product(
            pid,
            "insoles",
            SOCK,
            match("foot_mechanics", weight=1.1, categories=("insoles", "x"), rule_id=6),
        )
        for pid in (30, 31)
    ]

    shown = ranker.rank(
        candidates=[*shoes, *insoles, *socks],
        context=RankingContext(limit=5, category_cap=1),
    )

    categories = [item.category for item in shown]
    assert categories.count("insoles") == 1
    assert categories.count("running-shoes") == 1


def test_a_pinned_insole_counts_as_the_insole_slot():
    from recommender.ranking import Merchandising

    shoes = [shoe(pid, brand=f"Brand{pid}") for pid in range(1, 8)]
    candidates = [*shoes, insole(20), insole(21)]

    shown = ranker.rank(
        candidates=candidates,
        context=RankingContext(limit=5, category_cap=None),
        merchandising=Merchandising(pinned=(21,)),
    )

    assert ids(shown)[:2] == [21, 1]
    assert 20 not in ids(shown)
