"""The product page lists the articles that recommend the product, with the causes."""

import pytest
from django.core.cache import cache

from content.models import Article
from recommender.models import ArticleCause, Cause
from recommender.services.recommendations import article_recommendations_store
from tests.content.factories import PublishedArticleFactory
from tests.shop.factories import CategoryFactory, product_with_sizes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_product_page_links_the_articles_that_recommend_it(client):
    sock = product_with_sizes(
        stocks={"M": 4},
        name="Harbour Dry Crew",
        category=CategoryFactory(slug="running-socks"),
        moisture_wicking=True,
    )
    article = PublishedArticleFactory(
        title="Blisters on long runs",
        slug="blisters-on-long-runs",
        body_markdown="Cotton socks hold sweat, and damp skin blisters.",
    )
    ArticleCause.objects.create(
        article=article,
        cause=Cause.objects.get(slug="improper_socks"),
        evidence=["Cotton socks hold sweat, and damp skin blisters."],
        status=ArticleCause.Status.CONFIRMED,
    )
    draft = PublishedArticleFactory(slug="draft-about-socks", status=Article.Status.DRAFT)
    ArticleCause.objects.create(
        article=draft, cause=Cause.objects.get(slug="improper_socks"), evidence=["x"]
    )
    article_recommendations_store(article=article)
    article_recommendations_store(article=draft)

    html = client.get(sock.get_absolute_url()).content.decode()

    section = html[html.index("Articles that recommend this") :]
    assert '<a href="/articles/blisters-on-long-runs/">Blisters on long runs</a>' in section
    assert "for Improper socks" in section
    assert "draft-about-socks" not in html


def test_no_section_when_no_article_recommends_the_product(client):
    shoe = product_with_sizes(
        stocks={"42": 2}, name="Lonely Shoe", category=CategoryFactory(slug="running-shoes")
    )

    html = client.get(shoe.get_absolute_url()).content.decode()

    assert "Articles that recommend this" not in html
