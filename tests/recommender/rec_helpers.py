"""Builders for recommendation tests: a small catalog and articles with known causes."""

from __future__ import annotations

from recommender.models import ArticleCause, ArticleRecommendation, Cause
from recommender.services import responses
from shop.models import Category, Product
from tests.recommender.factories import ArticleCauseFactory, ArticleFactory
from tests.shop.factories import product_with_sizes

BLISTER_SENTENCE = "Cotton socks held the sweat against my skin and the blisters followed."
SHOE_SENTENCE = "My worn-out shoes had no cushioning left after a year of road miles."


def sock(sku: str, *, stocks=None, **fields) -> Product:
    """A wicking, anti-blister running sock (the improper_socks rules select it)."""
    values = {
        "category": Category.objects.get(slug="running-socks"),
        "moisture_wicking": True,
        "blister_protection": True,
        "cushioning": Product.Cushioning.LIGHT,
    }
    values.update(fields)
    return product_with_sizes(stocks=stocks or {"M": 5, "L": 5}, sku=sku, **values)


def shoe(sku: str, *, stocks=None, **fields) -> Product:
    values = {
        "category": Category.objects.get(slug="running-shoes"),
        "moisture_wicking": False,
        "cushioning": Product.Cushioning.MEDIUM,
        "support": Product.Support.NEUTRAL,
        "height": "",
    }
    values.update(fields)
    return product_with_sizes(stocks=stocks or {"42": 3, "43": 3}, sku=sku, **values)


def article_with_causes(**causes: str):
    """A published article raising each cause (slug=sentence), as detection would store it."""
    article = ArticleFactory(body_markdown=" ".join(causes.values()))
    for slug, sentence in causes.items():
        ArticleCauseFactory(
            article=article,
            cause=Cause.objects.get(slug=slug),
            evidence=[sentence],
            confidence=0.8,
            status=ArticleCause.Status.SUGGESTED,
        )
    return article


def skus(result) -> list[str]:
    return [product["sku"] for product in result["products"]]


def shown_skus(client, slug: str) -> list[str]:
    """The SKUs a shopper's API call gets for this article now, sorted; never this process's
    in-memory copy, which another web worker would not hold."""
    responses._RECENT.clear()
    response = client.get(f"/api/v1/articles/{slug}/recommendations/")
    assert response.status_code == 200
    return sorted(product["sku"] for product in response.json()["products"])


def stored_skus(article) -> list[str]:
    """The SKUs in the article's stored recommendations, sorted."""
    row = ArticleRecommendation.objects.get(article=article)
    return sorted(product["sku"] for product in row.payload["products"])


def arch_shoes() -> dict[str, Product]:
    """A stability shoe, a max-cushion neutral shoe and a firm light one: the picks that tell
    flat feet (stability) from high arches (cushioned neutral) apart."""
    return {
        "stability": shoe("SHOE-STAB", support=Product.Support.STABILITY),
        "neutral": shoe("SHOE-CLOUD", cushioning=Product.Cushioning.MAX),
        "firm": shoe("SHOE-FIRM", cushioning=Product.Cushioning.LIGHT),
    }
