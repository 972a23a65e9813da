"""The article page's "shop the fix" block: products grouped by cause, each with the article's
own sentence, a medical notice for red-flag passages, advice where products do not help."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from recommender.models import ArticleCause, Cause
from recommender.services.recommendations import article_recommendations_store
from shop.models import Product
from tests.content.factories import PublishedArticleFactory
from tests.shop.factories import CategoryFactory, product_with_sizes

pytestmark = pytest.mark.django_db

SOCKS_SENTENCE = "Cotton socks hold sweat against the skin, and damp skin blisters."
SHOES_SENTENCE = "Shoes with 900 km on them have no cushioning left."
RED_FLAG_SENTENCE = "Numbness in the toes that lasts after the run needs a doctor."


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def article_with_causes(slug: str, causes: dict[str, str]):
    body = "\n\n".join(causes.values())
    article = PublishedArticleFactory(slug=slug, body_markdown=body)
    for cause_slug, sentence in causes.items():
        ArticleCause.objects.create(
            article=article,
            cause=Cause.objects.get(slug=cause_slug),
            confidence=0.9,
            evidence=[sentence],
            status=ArticleCause.Status.CONFIRMED,
        )
    return article


def wicking_sock(name: str, **fields) -> Product:
    return product_with_sizes(
        stocks={"M": 5, "L": 3},
        name=name,
        category=CategoryFactory(slug="running-socks"),
        moisture_wicking=True,
        **fields,
    )


def cushioned_shoe(name: str) -> Product:
    return product_with_sizes(
        stocks={"42": 4},
        name=name,
        category=CategoryFactory(slug="running-shoes"),
        cushioning=Product.Cushioning.MAX,
        moisture_wicking=False,
        height="",
    )


def block_of(html: str) -> str:
    match = re.search(r'<section class="shop-the-fix".*?</section>\s*<footer', html, re.S)
    assert match, "no shop-the-fix block on the page"
    return match.group(0)


def test_products_are_grouped_by_cause_with_the_quoted_sentence_and_reason(client):
    article = article_with_causes(
        "blisters-and-old-shoes",
        {"improper_socks": SOCKS_SENTENCE, "improper_footwear": SHOES_SENTENCE},
    )
    wicking_sock("Harbour Dry Crew", price="15.90")
    cushioned_shoe("Cloudmile Max")
    article_recommendations_store(article=article)

    html = client.get(article.get_absolute_url()).content.decode()
    block = block_of(html)

    assert "Shop the fix" in block
    socks_group = block[block.index(">Improper socks</h3>") :]
    assert (
        f'<blockquote cite="http://testserver/articles/blisters-and-old-shoes/"><p>{SOCKS_SENTENCE}'
        in socks_group
    )
    assert "Harbour Dry Crew" in socks_group
    assert "€15.90" in socks_group
    assert "In stock" in socks_group
    assert "Moisture-wicking yarn moves sweat away" in socks_group  # the rule's reason
    shoes_group = block[block.index(">Improper footwear</h3>") :]
    assert SHOES_SENTENCE in shoes_group and "Cloudmile Max" in shoes_group
    # Each card's link carries what a click records.
    assert 'data-rec-article="blisters-and-old-shoes"' in block
    assert 'data-rec-cause="improper_socks"' in block
    assert "recommender/events.js" in block
    assert "Some symptoms described here" not in block


def test_red_flag_article_shows_the_medical_notice_above_the_products(client):
    article = article_with_causes(
        "numb-toes", {"improper_socks": SOCKS_SENTENCE, "red_flag": RED_FLAG_SENTENCE}
    )
    wicking_sock("Harbour Dry Crew")
    article_recommendations_store(article=article)

    block = block_of(client.get(article.get_absolute_url()).content.decode())

    notice = block.index("Some symptoms described here need a medical professional, not new socks")
    assert RED_FLAG_SENTENCE in block[notice:]
    assert notice < block.index("Harbour Dry Crew")


def test_causes_products_do_not_help_with_get_advice_instead(client):
    article = article_with_causes(
        "slouching", {"poor_posture": "Slouching over a laptop all day rounds the back."}
    )
    wicking_sock("Harbour Dry Crew")
    article_recommendations_store(article=article)

    block = block_of(client.get(article.get_absolute_url()).content.decode())

    advice = Cause.objects.get(slug="poor_posture").advice
    assert advice and advice[:40] in block
    assert "Harbour Dry Crew" not in block


def test_no_block_for_an_article_without_causes(client):
    article = PublishedArticleFactory(slug="a-good-long-run", body_markdown="We ran by the sea.")
    wicking_sock("Harbour Dry Crew")

    html = client.get(article.get_absolute_url()).content.decode()

    assert "shop-the-fix" not in html
    assert "Shop the fix" not in html


def test_sold_out_product_is_not_recommended(client):
    article = article_with_causes("blisters", {"improper_socks": SOCKS_SENTENCE})
    wicking_sock("Harbour Dry Crew")
    product_with_sizes(
        stocks={"M": 0},
        name="Gone Sock",
        category=CategoryFactory(slug="running-socks"),
        moisture_wicking=True,
    )
    article_recommendations_store(article=article)

    block = block_of(client.get(article.get_absolute_url()).content.decode())

    assert "Harbour Dry Crew" in block
    assert "Gone Sock" not in block


def page_queries(client, article) -> int:
    article_recommendations_store(article=article)
    client.get(article.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return len(queries)


def test_article_page_query_count_does_not_grow_with_the_catalog(client):
    article = article_with_causes(
        "blisters-and-old-shoes",
        {"improper_socks": SOCKS_SENTENCE, "improper_footwear": SHOES_SENTENCE},
    )
    for number in range(5):
        wicking_sock(f"Small Sock {number}")
        cushioned_shoe(f"Small Shoe {number}")
    with_10 = page_queries(client, article)

    for number in range(95):
        wicking_sock(f"Big Sock {number}")
        cushioned_shoe(f"Big Shoe {number}")
    assert Product.objects.count() >= 200
    with_200 = page_queries(client, article)

    assert with_10 == with_200
    block = block_of(client.get(article.get_absolute_url()).content.decode())
    assert block.count('class="card rec-card"') >= 3


def test_cause_with_nothing_in_stock_gets_its_advice(client):
    article = article_with_causes("blisters-sold-out", {"improper_socks": SOCKS_SENTENCE})
    product_with_sizes(
        stocks={"M": 0},
        name="Gone Sock",
        category=CategoryFactory(slug="running-socks"),
        moisture_wicking=True,
    )
    article_recommendations_store(article=article)

    block = block_of(client.get(article.get_absolute_url()).content.decode())

    assert "Gone Sock" not in block
    assert Cause.objects.get(slug="improper_socks").advice[:40] in block
