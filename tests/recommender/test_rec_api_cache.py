"""Warm article recommendations come from cached answers, and those answers never outlive a
sale, a size selling out, a restock or an unpublished article."""

import pytest
from django.core.cache import cache

from content.services.articles import article_unpublish
from recommender.services import responses
from recommender.services.recommendations import article_recommendations_store
from shop.services import variant_stock_adjust, variant_stock_set
from tests.recommender.rec_helpers import BLISTER_SENTENCE, article_with_causes, sock

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    responses._RECENT.clear()  # the worker's one-second copies of answers
    cache.clear()
    yield
    cache.clear()


def url(slug: str) -> str:
    return f"/api/v1/articles/{slug}/recommendations/"


def shown(client, slug: str, **params) -> list[str]:
    response = client.get(url(slug), params)
    assert response.status_code == 200
    return [product["sku"] for product in response.json()["products"]]


def test_a_warm_answer_needs_no_query_and_matches_the_first(client, django_assert_num_queries):
    sock("SOCK-A")
    sock("SOCK-B")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)
    first = client.get(url(article.slug), {"limit": 5})

    with django_assert_num_queries(0):
        again = client.get(url(article.slug), {"limit": 5})

    assert again.status_code == 200
    assert again["Content-Type"] == "application/json"
    assert again.json() == first.json()
    assert len(again.json()["products"]) == 2


def test_limit_and_size_are_cached_apart(client):
    sock("SOCK-M", stocks={"M": 3, "L": 0})
    sock("SOCK-L", stocks={"M": 0, "L": 3})
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)

    assert sorted(shown(client, article.slug)) == ["SOCK-L", "SOCK-M"]
    assert shown(client, article.slug, size="L") == ["SOCK-L"]
    assert shown(client, article.slug, size="m") == ["SOCK-M"]
    assert len(shown(client, article.slug, limit=1)) == 1
    assert sorted(shown(client, article.slug)) == ["SOCK-L", "SOCK-M"]


def test_a_sold_out_product_leaves_the_cached_answer(client, django_capture_on_commit_callbacks):
    last_pair = sock("SOCK-LAST", stocks={"M": 1})
    sock("SOCK-B")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)
    assert sorted(shown(client, article.slug)) == ["SOCK-B", "SOCK-LAST"]

    with django_capture_on_commit_callbacks(execute=True):
        variant_stock_adjust(variant=last_pair.variants.get(), delta=-1)

    assert shown(client, article.slug) == ["SOCK-B"]


def test_a_size_selling_out_leaves_that_sizes_answer_and_a_restock_brings_it_back(
    client, django_capture_on_commit_callbacks
):
    sock("SOCK-B", stocks={"M": 5, "L": 5})
    two_sizes = sock("SOCK-TWO", stocks={"M": 1, "L": 4})
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)
    assert sorted(shown(client, article.slug, size="M")) == ["SOCK-B", "SOCK-TWO"]

    size_m = two_sizes.variants.get(size="M")
    with django_capture_on_commit_callbacks(execute=True):
        variant_stock_set(variant=size_m, stock=0)
    assert shown(client, article.slug, size="M") == ["SOCK-B"]
    assert sorted(shown(client, article.slug, size="L")) == ["SOCK-B", "SOCK-TWO"]

    with django_capture_on_commit_callbacks(execute=True):
        variant_stock_set(variant=size_m, stock=2)
    assert sorted(shown(client, article.slug, size="M")) == ["SOCK-B", "SOCK-TWO"]


@pytest.mark.usefixtures("detector")
def test_an_unpublished_article_is_404_at_once(client, django_capture_on_commit_callbacks):
    sock("SOCK-A")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)
    assert shown(client, article.slug) == ["SOCK-A"]

    with django_capture_on_commit_callbacks(execute=True):
        article_unpublish(article=article)

    assert client.get(url(article.slug)).status_code == 404


def test_without_a_cache_the_answer_comes_from_the_database(client, settings):
    sock("SOCK-A")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }

    assert shown(client, article.slug) == ["SOCK-A"]
    assert shown(client, article.slug, size="L") == ["SOCK-A"]
