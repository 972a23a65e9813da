"""A shopper describes their pain on /check/, reads the answer and clicks a recommended product;
the click is recorded as a select_item event for that product and cause."""

import time

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from recommender.models import Event
from tests.shop.factories import CategoryFactory, product_with_sizes

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def wait_for(query, seconds: float = 10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        row = query().first()
        if row is not None:
            return row
        time.sleep(0.2)
    return None


def test_shopper_checks_blisters_and_clicks_a_recommended_sock(page, settings):
    settings.STRIDEWISE = {"DETECTOR": "recommender.detection.rules.RuleDetector"}
    cache.clear()
    sock = product_with_sizes(
        stocks={"M": 6},
        name="Harbour Dry Crew",
        category=CategoryFactory(slug="running-socks"),
        moisture_wicking=True,
        blister_protection=True,
    )

    page.goto("/check/")
    expect(page.get_by_role("heading", level=1)).to_have_text("What hurts?")
    box = page.get_by_label("What hurts, and when?")
    box.fill("I get blisters on my toes after long runs. I run in cotton socks.")
    expect(page.get_by_text("of 5000 characters")).to_be_visible()
    page.get_by_text("A few optional questions").click()
    page.get_by_role("group", name="Where does it hurt?").get_by_label("Toes").check()
    page.get_by_role("group", name="Since when?").get_by_label("A few weeks").check()
    page.get_by_role("button", name="Show me what helps").click()

    expect(page).to_have_url("/check/results/")
    expect(page.get_by_role("heading", name="Improper socks")).to_be_visible()
    expect(page.get_by_text("I run in cotton socks.")).to_be_visible()
    products = page.get_by_role("region", name="Products that can help")
    products.get_by_role("link", name="Harbour Dry Crew").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Harbour Dry Crew")
    event = wait_for(
        lambda: Event.objects.filter(kind="select_item", product=sock, cause_slug="improper_socks")
    )
    assert event is not None, "the click on the recommendation was not recorded"
    assert event.anonymous_id
    stored_id = page.evaluate("window.localStorage.getItem('stridewise.anonymous_id')")
    assert stored_id == event.anonymous_id


def test_empty_description_shows_the_error_and_moves_focus_to_it(page):
    page.goto("/check/")
    page.get_by_role("button", name="Show me what helps").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Tell us what hurts, in a few words.")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name="Tell us what hurts, in a few words.").click()
    expect(page.get_by_label("What hurts, and when?")).to_be_focused()
