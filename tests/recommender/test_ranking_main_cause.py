"""The article's main cause leads: minor causes do not stack up, trail gear waits for trails."""

import pytest

from recommender.ranking import DefaultRanker, RankingContext
from recommender.services.ranking_inputs import (
    cause_prominence,
    evidence_in_title,
    text_is_off_road,
)
from tests.recommender.ranking_builders import in_stock_product, rule_match

ranker = DefaultRanker()

ROAD_SHOE = {"cushioning": "max", "support": "neutral", "surface": "road"}
TRAIL_SHOE = {"cushioning": "max", "support": "neutral", "surface": "trail"}
MIXED_SHOE = {"cushioning": "medium", "support": "neutral", "surface": "mixed"}
COMPRESSION = {"compression_mmhg": 20, "height": "knee"}


def match(cause, *, weight, confidence=1.0, rule_id=1):
    return rule_match(cause, weight=weight, confidence=confidence, rule_id=rule_id)


product = in_stock_product


def footwear_article_with_minor_recovery_causes(*, footwear=1.0, minor=0.7):
    """Shoes answer the main cause; compression socks answer two causes mentioned once."""
    shoes = [
        product(
            pid,
            "running-shoes",
            ROAD_SHOE,
            match("improper_footwear", weight=1.2, confidence=footwear),
        )
        for pid in (1, 2, 3)
    ]
    socks = [
        product(
            pid,
            "compression-socks",
            COMPRESSION,
            match("strained_muscles", weight=1.0, confidence=minor, rule_id=2),
            match("overtraining", weight=0.8, confidence=minor, rule_id=3),
        )
        for pid in (11, 12, 13)
    ]
    return shoes + socks


def test_shoes_for_the_main_footwear_cause_come_before_socks_for_two_minor_causes():
    ranked = ranker.rank(
        candidates=footwear_article_with_minor_recovery_causes(),
        context=RankingContext(limit=5, category_cap=None, diversity=0.2),
    )
    assert [item.category for item in ranked[:3]] == ["running-shoes"] * 3
    # The socks are still offered after the shoes, with both their reasons.
    assert ranked[3].category == "compression-socks"
    assert [reason.cause_slug for reason in ranked[3].reasons] == [
        "strained_muscles",
        "overtraining",
    ]


def test_a_product_answering_a_second_cause_still_beats_one_answering_only_the_first():
    ranked = ranker.rank(
        candidates=[
            product(1, "running-shoes", ROAD_SHOE, match("improper_footwear", weight=1.2)),
            product(
                2,
                "running-shoes",
                ROAD_SHOE,
                match("improper_footwear", weight=1.2),
                match("hard_surfaces", weight=1.2, rule_id=2),
            ),
        ],
        context=RankingContext(limit=5, category_cap=None, diversity=0.0),
    )
    assert [item.product_id for item in ranked] == [2, 1]
    assert ranked[0].score == pytest.approx(1.2 + 0.25 * 1.2)


def shoes_for_worn_shoes():
    return [
        product(1, "trail-shoes", TRAIL_SHOE, match("improper_footwear", weight=1.2)),
        product(2, "trail-shoes", MIXED_SHOE, match("improper_footwear", weight=1.2)),
        product(3, "running-shoes", ROAD_SHOE, match("improper_footwear", weight=1.2)),
    ]


def test_a_road_runner_sees_road_shoes_before_trail_shoes():
    context = RankingContext(limit=5, category_cap=None, diversity=0.0, off_road=False)
    ranked = ranker.rank(candidates=shoes_for_worn_shoes(), context=context)
    assert [item.product_id for item in ranked] == [3, 2, 1]


def test_shoes_keep_their_score_when_the_ground_is_unknown():
    context = RankingContext(limit=5, category_cap=None, diversity=0.0, off_road=None)
    ranked = ranker.rank(candidates=shoes_for_worn_shoes(), context=context)
    # Equal scores: the SKU breaks the tie, as before.
    assert [item.product_id for item in ranked] == [1, 2, 3]
    assert [item.score for item in ranked] == pytest.approx([1.2, 1.2, 1.2])


def test_a_trail_runner_sees_trail_and_road_to_trail_shoes_before_road_shoes():
    shoes = [
        product(1, "running-shoes", ROAD_SHOE, match("improper_footwear", weight=1.2)),
        product(2, "trail-shoes", MIXED_SHOE, match("improper_footwear", weight=1.2)),
        product(3, "trail-shoes", TRAIL_SHOE, match("improper_footwear", weight=1.2)),
    ]
    context = RankingContext(limit=5, category_cap=None, diversity=0.0, off_road=True)
    ranked = ranker.rank(candidates=shoes, context=context)
    assert [item.product_id for item in ranked] == [2, 3, 1]
    assert [item.score for item in ranked] == pytest.approx([1.2, 1.2, 1.2 * 0.85])


def test_trail_socks_without_a_surface_count_as_trail_gear_by_category():
    socks = [
        product(1, "trail-socks", {"height": "crew"}, match("improper_socks", weight=1.0)),
        product(2, "running-socks", {"height": "crew"}, match("improper_socks", weight=1.0)),
    ]
    context = RankingContext(limit=5, category_cap=None, diversity=0.0, off_road=False)
    assert [item.product_id for item in ranker.rank(candidates=socks, context=context)] == [2, 1]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On muddy trail runs my socks get soaked.", True),
        ("I mostly go off-road at weekends.", True),
        ("All my runs are on concrete pavements.", False),
        ("Try a gravel path or a running track for some of your easy runs.", False),
        ("A hilly race or a mountain holiday is a classic trigger.", False),
        ("The shoe is built for road running; trailing leg swings are a drill.", False),
        ("My shoes slide around in the mud every weekend.", True),
        ("I run the fells above the village.", True),
        ("Our club does fell races all winter.", True),
        ("I run up hills with dirt and loose stones.", True),
        ("Most of my miles are on forest paths.", True),
        ("I love long runs through the woods.", True),
        ("Cross-country season starts in October.", True),
        ("Boggy moorland loops are my favourite.", True),
        ("I fell on the pavement and scraped my knee.", False),
        ("Hill repeats on the road leave my calves tight.", False),
        ("The root of the problem is a worn heel counter.", False),
    ],
)
def test_off_road_words(text, expected):
    assert text_is_off_road([text]) is expected


def test_a_cause_argued_over_several_sentences_weighs_more_than_a_passing_mention():
    assert cause_prominence(sentence_count=10) == cause_prominence(sentence_count=3)
    assert cause_prominence(sentence_count=1) < cause_prominence(sentence_count=2)
    assert cause_prominence(sentence_count=2) < cause_prominence(sentence_count=3)
    assert 0 < cause_prominence(sentence_count=0) < cause_prominence(sentence_count=1)


def test_a_cause_named_in_the_title_is_what_the_article_is_about():
    assert cause_prominence(sentence_count=3, in_title=True) == pytest.approx(1.0)
    assert cause_prominence(sentence_count=3) < 1.0
    title = "Blisters and hot spots: a runner's guide to happy feet"
    assert evidence_in_title(sentences=[title, "Cotton socks stay wet."], title=title)
    assert evidence_in_title(sentences=[f"# **{title}**"], title=title)
    assert not evidence_in_title(sentences=["Cotton socks stay wet."], title=title)
    assert not evidence_in_title(sentences=["Cotton socks stay wet."], title="")


def test_a_passing_mention_of_footwear_does_not_beat_the_articles_main_recovery_cause():
    # The same products with the weights turned round: a compression article that mentions
    # shoes once keeps its socks first.
    ranked = ranker.rank(
        candidates=footwear_article_with_minor_recovery_causes(
            footwear=cause_prominence(sentence_count=1), minor=1.0
        ),
        context=RankingContext(limit=5, category_cap=None, diversity=0.2),
    )
    assert ranked[0].category == "compression-socks"
