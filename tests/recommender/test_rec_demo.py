"""The demo shop: the back-pain article shows products for several causes, each with a quote."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command

from content.models import Article
from recommender.selectors import article_recommendations_get, diagnose_result
from recommender.services import article_detection_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings, django_capture_on_commit_callbacks):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    cache.clear()
    # Detection and ranking are queued on commit, as in production; run them here.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=StringIO())
    yield
    cache.clear()


def test_the_back_pain_article_shows_three_products_for_two_causes_with_quotes(demo):
    article = Article.objects.get(slug="lower-back-pain-from-running")
    text = article_detection_text(article=article)

    result = article_recommendations_get(article=article)

    assert len(result["products"]) >= 3
    groups = [group for group in result["groups"] if group["products"]]
    assert len(groups) >= 2
    for product in result["products"]:
        assert product["in_stock"]
        for reason in product["reasons"]:
            assert reason["text"]
            assert reason["evidence"] and reason["evidence"] in text
    advice_causes = {item["cause"] for item in result["advice"]}
    assert "poor_posture" in advice_causes  # posture gets advice, not forced products


def test_a_shoppers_blister_story_gets_socks_and_a_red_flag_gets_a_referral(demo):
    blisters = diagnose_result(text="My cotton socks get soaked and I get blisters on long runs.")
    numb = diagnose_result(text="My foot goes numb and a shooting pain runs down my leg.")

    assert blisters["products"]
    assert all("socks" in product["category"] for product in blisters["products"][:3])
    assert blisters["articles"]
    assert numb["products"] == [] and numb["red_flags"]
