"""Foot mechanics covers flat feet and high arches; the shipped rules tell them apart by the
article's own sentences: stability for flat feet, cushioned neutral shoes for high arches."""

import pytest

from recommender.models import Cause, CauseProductRule
from recommender.selectors import article_recommendations_get
from recommender.services.ranking_inputs import CauseInput
from recommender.services.recommendations import (
    article_recommendations_store,
    evidence_rules_signature,
)
from recommender.services.rules import cause_rule_save
from shop.models import Category, Product
from tests.recommender.rec_helpers import arch_shoes, article_with_causes, shoe, skus

pytestmark = pytest.mark.django_db

HIGH_ARCH = (
    "Runners with high, rigid arches tend to roll outward onto the outer edge of the foot, "
    "and that stiff arch absorbs very little shock."
)
FLAT_FEET = "With flat feet the arch collapses on every landing and the foot rolls inward."
GAIT = "The way your foot lands decides where the load of every stride goes."


@pytest.fixture
def shoes():
    return arch_shoes()


def insole(sku: str, **fields) -> Product:
    values = {
        "category": Category.objects.get(slug="insoles"),
        "arch_support": True,
        "cushioning": Product.Cushioning.MEDIUM,
        "support": Product.Support.NEUTRAL,
        "moisture_wicking": False,
        "height": "",
    }
    values.update(fields)
    return shoe(sku, **values)


def foot_reasons(result) -> dict[str, list[dict]]:
    return {
        product["sku"]: [r for r in product["reasons"] if r["cause"] == "foot_mechanics"]
        for product in result["products"]
    }


def test_an_article_about_high_arches_gets_cushioned_neutral_shoes_and_no_stability_shoes(shoes):
    article = article_with_causes(foot_mechanics=HIGH_ARCH)

    shown = foot_reasons(article_recommendations_get(article=article, limit=20))

    assert "SHOE-CLOUD" in shown
    assert "SHOE-STAB" not in shown
    assert "SHOE-FIRM" not in shown  # neutral but hardly cushioned
    reason = shown["SHOE-CLOUD"][0]
    assert reason["evidence"] == HIGH_ARCH
    assert "cushion" in reason["text"].lower()


def test_an_article_about_flat_feet_still_gets_stability_shoes(shoes):
    article = article_with_causes(foot_mechanics=FLAT_FEET)

    shown = foot_reasons(article_recommendations_get(article=article, limit=20))

    assert "SHOE-STAB" in shown
    assert "SHOE-CLOUD" not in shown
    assert shown["SHOE-STAB"][0]["evidence"] == FLAT_FEET


def test_foot_mechanics_without_a_word_on_the_arch_is_answered_as_before(shoes):
    article = article_with_causes(foot_mechanics=GAIT)

    shown = foot_reasons(article_recommendations_get(article=article, limit=20))

    assert "SHOE-STAB" in shown
    assert "SHOE-CLOUD" not in shown


def test_an_article_on_both_arch_shapes_quotes_the_sentence_behind_each_pick(shoes):
    article = article_with_causes(foot_mechanics=GAIT)
    article.article_causes.update(evidence=[GAIT, FLAT_FEET, HIGH_ARCH])

    shown = foot_reasons(article_recommendations_get(article=article, limit=20))

    assert shown["SHOE-STAB"][0]["evidence"] == FLAT_FEET
    assert shown["SHOE-CLOUD"][0]["evidence"] == HIGH_ARCH


def test_insoles_for_high_arches_are_neutral_and_cushioned():
    insole("INS-NEUTRAL")
    insole("INS-STAB", support=Product.Support.STABILITY)
    high = article_with_causes(foot_mechanics=HIGH_ARCH)
    flat = article_with_causes(foot_mechanics=FLAT_FEET)

    for_high = foot_reasons(article_recommendations_get(article=high, limit=20))
    for_flat = foot_reasons(article_recommendations_get(article=flat, limit=20))

    assert set(for_high) == {"INS-NEUTRAL"}
    assert set(for_flat) == {"INS-NEUTRAL", "INS-STAB"}


def test_a_new_cushioned_shoe_reaches_the_high_arch_article(django_capture_on_commit_callbacks):
    article = article_with_causes(foot_mechanics=HIGH_ARCH)
    article_recommendations_store(article=article)
    assert foot_reasons(article_recommendations_get(article=article)) == {}

    with django_capture_on_commit_callbacks(execute=True):
        shoe("SHOE-NEW", cushioning=Product.Cushioning.MAX)

    assert set(foot_reasons(article_recommendations_get(article=article))) == {"SHOE-NEW"}


def test_staff_can_narrow_any_rule_by_the_evidence_wording(shoes):
    cause = Cause.objects.get(slug="hard_surfaces")
    rule = CauseProductRule.objects.get(cause=cause, conditions="cushioning = max")
    concrete = article_with_causes(hard_surfaces="Every run I do is on concrete pavements.")
    camber = article_with_causes(hard_surfaces="The camber of the road tilts my stride.")
    assert "SHOE-CLOUD" in skus(article_recommendations_get(article=camber))

    rule.evidence_condition = "concrete, pavement, asphalt"
    cause_rule_save(rule=rule)

    assert "SHOE-CLOUD" in skus(article_recommendations_get(article=concrete))
    assert "SHOE-CLOUD" not in skus(article_recommendations_get(article=camber))


def test_answers_cached_per_set_of_causes_can_tell_the_wordings_apart():
    cause = Cause.objects.get(slug="foot_mechanics")

    def signature(*sentences: str) -> str:
        item = CauseInput(cause=cause, confidence=0.9, evidence="", sentences=sentences)
        return evidence_rules_signature(causes=[item])

    assert signature(HIGH_ARCH) != signature(FLAT_FEET)
    assert signature(FLAT_FEET) == signature(GAIT) == signature()
    assert signature(HIGH_ARCH, FLAT_FEET) not in (signature(HIGH_ARCH), signature(FLAT_FEET))
