"""/check/: a shopper describes their pain and gets causes, advice, products and articles, or
for red flags only a referral to a medical professional."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from recommender.models import ArticleCause, Cause
from tests.content.factories import PublishedArticleFactory
from tests.shop.factories import CategoryFactory, product_with_sizes

pytestmark = pytest.mark.django_db

BLISTERS = "I keep getting blisters on my toes on long runs. I run in cotton socks."
RED_FLAG = "I have shooting pain down my leg and numbness in my foot."


@pytest.fixture(autouse=True)
def _shop(settings):
    settings.STRIDEWISE = {"DETECTOR": "recommender.detection.rules.RuleDetector"}
    cache.clear()
    product_with_sizes(
        stocks={"M": 6, "L": 2},
        name="Harbour Dry Crew",
        category=CategoryFactory(slug="running-socks"),
        moisture_wicking=True,
        blister_protection=True,
    )
    article = PublishedArticleFactory(
        title="Blisters on long runs", slug="blisters-on-long-runs", body_markdown="x"
    )
    ArticleCause.objects.create(
        article=article,
        cause=Cause.objects.get(slug="improper_socks"),
        evidence=["x"],
        status=ArticleCause.Status.CONFIRMED,
    )
    yield
    cache.clear()


def submit(client, **data):
    return client.post(reverse("recommender:check"), data)


def test_form_has_labelled_text_box_counter_and_optional_questions(client):
    html = client.get(reverse("recommender:check")).content.decode()

    assert '<label for="id_text">What hurts, and when?</label>' in html
    assert 'maxlength="5000"' in html
    assert 'aria-describedby="id_text-hint id_text-counter"' in html
    for legend in ("Where does it hurt?", "What does it feel like?", "Since when?"):
        assert f"<legend>{legend}</legend>" in html
    for place in ("Heel", "Arch", "Lower back", "Shin", "Knee"):
        assert f"> {place}</label>" in html
    assert 'for="id_size"' in html


def test_blister_complaint_shows_sock_products_advice_and_articles(client):
    response = submit(client, text=BLISTERS, where=["toes"], feel="dull", since="weeks", size="M")

    assert response.status_code == 302
    assert response["Location"] == reverse("recommender:check-results")
    html = client.get(response["Location"]).content.decode()

    assert "Improper socks" in html
    assert "I run in cotton socks." in html  # the shopper's own words, quoted
    assert "Harbour Dry Crew" in html
    assert Cause.objects.get(slug="improper_socks").advice[:40] in html
    assert '<a href="/articles/blisters-on-long-runs/">Blisters on long runs</a>' in html
    assert 'data-rec-product="' in html and 'data-rec-cause="improper_socks"' in html
    assert "Email me my plan" in html
    assert "Please see a medical professional" not in html


def test_red_flag_shows_only_the_referral(client):
    response = submit(client, text=RED_FLAG)
    html = client.get(response["Location"]).content.decode()

    assert "Please see a medical professional" in html
    assert "shooting pain down my leg" in html  # the reason, quoted
    assert "Harbour Dry Crew" not in html
    assert "data-rec-product" not in html
    assert "subscribe" not in html.lower()
    assert "Blisters on long runs" not in html


def test_sharp_pain_answer_alone_leads_to_the_referral(client):
    response = submit(client, text=BLISTERS, feel="sharp")
    html = client.get(response["Location"]).content.decode()

    assert "Please see a medical professional" in html
    assert "Harbour Dry Crew" not in html


def test_empty_text_is_refused_with_an_error_linked_to_the_field(client):
    response = submit(client, text="   ", where=["knee"])

    assert response.status_code == 400
    html = response.content.decode()
    assert "Tell us what hurts, in a few words." in html
    assert '<a href="#id_text">' in html  # the error summary links to the field
    assert 'aria-invalid="true"' in html
    assert "id_text-error" in html
    assert re.search(r'value="knee"[^>]*checked', html)  # the answers are kept
    assert client.get(reverse("recommender:check-results"))["Location"] == reverse(
        "recommender:check"
    )


def test_too_long_text_is_refused_and_kept_for_editing(client):
    text = "My heel hurts. " * 400  # 6,000 characters

    response = submit(client, text=text)

    assert response.status_code == 400
    html = response.content.decode()
    assert "Please keep it to 5,000 characters or fewer (you wrote 5,999)" in html
    assert "My heel hurts. My heel hurts." in html


def test_unknown_choice_is_an_error_not_a_crash(client):
    response = submit(client, text=BLISTERS, where=["elbow"], since="years")

    assert response.status_code == 400
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert '<a href="#id_where_0">' in html


def test_results_without_a_submission_go_back_to_the_form(client):
    response = client.get(reverse("recommender:check-results"))

    assert response.status_code == 302
    assert response["Location"] == reverse("recommender:check")
