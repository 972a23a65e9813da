"""Cause-to-product rules: the defaults that ship, and staff editing them with a live preview."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from recommender.models import Cause, CauseProductRule, Event, Merchandising
from recommender.models.rules import rule_catalogue
from recommender.selectors import article_recommendations_get
from shop.models import Category, Product
from tests.recommender.rec_helpers import (
    BLISTER_SENTENCE,
    SHOE_SENTENCE,
    article_with_causes,
    shoe,
    skus,
    sock,
)

pytestmark = pytest.mark.django_db

PRODUCTS_HELP = {
    "improper_socks",
    "improper_footwear",
    "foot_mechanics",
    "strained_muscles",
    "overtraining",
    "hard_surfaces",
}
PREVIEW_URL = "/admin/recommender/causeproductrule/preview/"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


def test_default_rules_ship_for_every_cause_products_help_with():
    rules = CauseProductRule.objects.filter(active=True).select_related("cause")

    assert {rule.cause.slug for rule in rules} == PRODUCTS_HELP
    catalogue = rule_catalogue()
    for rule in rules:
        assert rule.reason
        assert rule.categories.exists()
        rule.selector(catalogue=catalogue)  # every shipped rule parses


def test_shipped_rules_pick_the_products_the_issue_names():
    wicking = sock("SOCK-WICK", blister_protection=False, seamless_toe=False)
    sock("SOCK-COTTON", moisture_wicking=False, blister_protection=False, seamless_toe=False)
    stability = shoe("SHOE-STAB", support=Product.Support.STABILITY)
    max_cushion = shoe("SHOE-MAX", cushioning=Product.Cushioning.MAX)
    compression = sock(
        "SOCK-COMP", category=Category.objects.get(slug="compression-socks"), compression_mmhg=20
    )
    article = article_with_causes(
        improper_socks=BLISTER_SENTENCE,
        foot_mechanics="My flat feet roll inward.",
        hard_surfaces="All my runs are on concrete.",
        strained_muscles="My calves are strained.",
    )

    result = article_recommendations_get(article=article, limit=20)

    causes_of = {
        product["sku"]: {reason["cause"] for reason in product["reasons"]}
        for product in result["products"]
    }
    assert "SOCK-COTTON" not in causes_of
    assert "improper_socks" in causes_of[wicking.sku]
    assert "foot_mechanics" in causes_of[stability.sku]
    assert "hard_surfaces" in causes_of[max_cushion.sku]
    assert "strained_muscles" in causes_of[compression.sku]


def test_a_rule_with_bad_conditions_is_refused_line_by_line(staff_client):
    cause = Cause.objects.get(slug="improper_socks")

    response = staff_client.post(
        reverse("admin:recommender_causeproductrule_add"),
        {
            "cause": cause.pk,
            "conditions": "moisture_wicking = true\ncushioning in (soft)",
            "weight": "1",
            "reason": "Dry feet blister less.",
            "position": "0",
            "active": "on",
        },
    )

    assert response.status_code == 200
    assert "line 2" in response.content.decode()
    assert not CauseProductRule.objects.filter(reason="Dry feet blister less.").exists()


def test_the_rule_change_page_previews_the_products_it_matches(staff_client):
    sock("SOCK-MATCH")
    sock("SOCK-OTHER", moisture_wicking=False)
    rule = CauseProductRule.objects.create(
        cause=Cause.objects.get(slug="improper_socks"),
        conditions="moisture_wicking = true",
        reason="Dry feet blister less.",
    )
    rule.categories.set([Category.objects.get(slug="running-socks")])

    page = staff_client.get(reverse("admin:recommender_causeproductrule_change", args=[rule.pk]))

    html = page.content.decode()
    assert "SOCK-MATCH" in html
    assert "SOCK-OTHER" not in html
    assert PREVIEW_URL in html


def test_the_preview_endpoint_follows_the_conditions_being_typed(staff_client):
    sock("SOCK-LIGHT")
    sock("SOCK-MAX", cushioning=Product.Cushioning.MAX)
    socks = Category.objects.get(slug="running-socks")

    light = staff_client.get(
        PREVIEW_URL, {"categories": [socks.pk], "conditions": "cushioning = light"}
    ).json()
    both = staff_client.get(PREVIEW_URL, {"categories": [socks.pk], "conditions": ""}).json()
    broken = staff_client.get(PREVIEW_URL, {"conditions": "cushioning = squishy"}).json()

    assert [product["sku"] for product in light["products"]] == ["SOCK-LIGHT"]
    assert {product["sku"] for product in both["products"]} == {"SOCK-LIGHT", "SOCK-MAX"}
    assert broken["products"] == [] and "cushioning" in broken["errors"][0]


def test_the_preview_endpoint_is_for_staff_only(client):
    response = client.get(PREVIEW_URL, {"conditions": ""})

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_editing_a_rule_in_the_admin_changes_recommendations(staff_client):
    sock("SOCK-A")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    assert skus(article_recommendations_get(article=article)) == ["SOCK-A"]
    cause = Cause.objects.get(slug="improper_socks")

    for rule in CauseProductRule.objects.filter(cause=cause):
        response = staff_client.post(
            reverse("admin:recommender_causeproductrule_change", args=[rule.pk]),
            {
                "cause": cause.pk,
                "categories": [rule.categories.first().pk],
                "conditions": rule.conditions,
                "weight": "1",
                "reason": rule.reason,
                "position": "0",
            },  # "active" left out: unticked
        )
        assert response.status_code == 302

    assert skus(article_recommendations_get(article=article)) == []


def test_merchandising_admin_pins_a_product_for_a_cause(staff_client):
    sock("SOCK-A", blister_protection=True)
    pinned = sock("SOCK-Z", blister_protection=False, seamless_toe=False)
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    assert skus(article_recommendations_get(article=article))[0] == "SOCK-A"
    add_url = reverse("admin:recommender_merchandising_add")
    assert "autocomplete" in staff_client.get(add_url).content.decode()

    response = staff_client.post(
        add_url,
        {
            "product": pinned.pk,
            "cause": Cause.objects.get(slug="improper_socks").pk,
            "action": "pin",
            "boost_factor": "1.5",
            "position": "0",
        },
    )

    assert response.status_code == 302
    assert Merchandising.objects.count() == 1
    assert skus(article_recommendations_get(article=article))[0] == "SOCK-Z"


def test_merchandising_needs_a_cause_or_an_article(staff_client):
    product = sock("SOCK-A")

    response = staff_client.post(
        reverse("admin:recommender_merchandising_add"),
        {"product": product.pk, "action": "exclude", "boost_factor": "1.5", "position": "0"},
    )

    assert response.status_code == 200
    assert "Choose a cause, an article, or both." in response.content.decode()


def test_events_are_listed_read_only_with_filters(staff_client):
    sock("SOCK-A")
    Event.objects.create(kind="purchase", anonymous_id="shopper-1", product=Product.objects.get())

    page = staff_client.get(reverse("admin:recommender_event_changelist"), {"kind": "purchase"})

    assert page.status_code == 200
    assert "shopper-1" in page.content.decode()
    assert staff_client.get(reverse("admin:recommender_event_add")).status_code == 403


def test_the_cause_page_lists_its_rules_with_links(staff_client):
    cause = Cause.objects.get(slug="hard_surfaces")

    page = staff_client.get(reverse("admin:recommender_cause_change", args=[cause.pk]))

    html = page.content.decode()
    for rule in cause.product_rules.all():
        assert rule.reason in html
        assert reverse("admin:recommender_causeproductrule_change", args=[rule.pk]) in html
    assert f"{reverse('admin:recommender_causeproductrule_add')}?cause={cause.pk}" in html


def test_footwear_rules_match_shoes(staff_client):
    shoe("SHOE-A")
    article = article_with_causes(improper_footwear=SHOE_SENTENCE)

    assert skus(article_recommendations_get(article=article)) == ["SHOE-A"]


HIGH_ARCH = "My high arches roll outward and the outside of my foot aches."
FLAT_FEET = "My flat feet roll inward on every stride."


def test_foot_mechanics_ships_rules_for_flat_feet_and_for_high_arches():
    rules = CauseProductRule.objects.filter(cause__slug="foot_mechanics", active=True)

    def applies(rule, sentence: str) -> bool:
        condition = rule.evidence_rule()
        return condition is None or condition.holds([sentence])

    for_flat = {rule.conditions for rule in rules if applies(rule, FLAT_FEET)}
    for_high = {rule.conditions for rule in rules if applies(rule, HIGH_ARCH)}
    assert "support = stability" in for_flat
    assert "support = stability" not in for_high
    assert "support = neutral\ncushioning in (medium, max)" in for_high - for_flat
    assert all("stability" not in conditions for conditions in for_high)


def test_a_rule_with_a_bad_evidence_condition_is_refused_line_by_line(staff_client):
    cause = Cause.objects.get(slug="foot_mechanics")

    response = staff_client.post(
        reverse("admin:recommender_causeproductrule_add"),
        {
            "cause": cause.pk,
            "conditions": "support = neutral",
            "evidence_condition": "high arch\n(supinat",
            "weight": "1",
            "reason": "Neutral shoes for high arches.",
            "position": "0",
            "active": "on",
        },
    )

    assert response.status_code == 200
    assert "line 2: expected &#x27;)&#x27; to close the group" in response.content.decode()
    assert not CauseProductRule.objects.filter(reason="Neutral shoes for high arches.").exists()


def test_the_rule_page_shows_which_articles_the_evidence_condition_applies_to(staff_client):
    high = article_with_causes(foot_mechanics=HIGH_ARCH)
    flat = article_with_causes(foot_mechanics=FLAT_FEET)
    rule = CauseProductRule.objects.create(
        cause=Cause.objects.get(slug="foot_mechanics"),
        conditions="support = neutral",
        evidence_condition="high arch, supinat",
        reason="Neutral shoes for high arches.",
    )

    page = staff_client.get(reverse("admin:recommender_causeproductrule_change", args=[rule.pk]))

    html = page.content.decode()
    evidence_box = html[html.index("id='rule-evidence-preview'") :]
    assert "Applies to 1 of the 2 most recent articles" in evidence_box
    applies, skipped = evidence_box.split("Not for:")
    assert high.title in applies and "high arches roll outward" in applies
    assert flat.title in skipped
    assert 'id="id_evidence_condition"' in html


def test_the_preview_endpoint_follows_the_evidence_condition_being_typed(staff_client):
    article_with_causes(foot_mechanics=HIGH_ARCH)
    article_with_causes(foot_mechanics=FLAT_FEET)
    cause = Cause.objects.get(slug="foot_mechanics")

    def preview(text: str) -> dict:
        params = {"conditions": "", "cause": cause.pk, "evidence_condition": text}
        return staff_client.get(PREVIEW_URL, params).json()["evidence"]

    high, flat, always, broken = (
        preview("high arch"),
        preview("flat feet or not (high arch)"),
        preview(""),
        preview("high arch,"),
    )

    assert (high["applies"], high["raised"]) == (1, 2)
    assert high["examples"][0]["quote"] == HIGH_ARCH
    assert flat["applies"] == 1 and flat["examples"][0]["quote"] == FLAT_FEET
    assert always["condition"] is False
    assert broken["errors"] == ["line 1: expected a phrase at the end of the line"]
