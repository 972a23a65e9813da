"""Recomputing stored recommendations in Celery: after detection, catalog changes and events."""

import pytest
from django.core.cache import cache

from recommender.models import ArticleProductSignal, ArticleRecommendation, Event
from recommender.selectors import article_recommendations_get
from recommender.services import article_causes_detect
from recommender.services.events import event_record
from recommender.services.recommendations import article_recommendations_store
from recommender.tasks import rank_refresh_signals, rank_stale_articles
from shop.services import product_update, variant_stock_set
from tests.recommender.factories import ArticleFactory
from tests.recommender.rec_helpers import BLISTER_SENTENCE, article_with_causes, skus, sock

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def stored_skus(article) -> list[str]:
    row = ArticleRecommendation.objects.get(article=article)
    return [product["sku"] for product in row.payload["products"]]


def test_detection_stores_recommendations_once_it_commits(
    detector, django_capture_on_commit_callbacks
):
    sock("SOCK-A")
    article = ArticleFactory(body_markdown="My cotton socks gave me blisters on every long run.")

    with django_capture_on_commit_callbacks(execute=True):
        article_causes_detect(article=article)

    row = ArticleRecommendation.objects.get(article=article)
    assert not row.stale
    assert stored_skus(article) == ["SOCK-A"]


def test_a_restocked_product_comes_back_after_the_catalog_change_commits(
    django_capture_on_commit_callbacks,
):
    product = sock("SOCK-BACK", stocks={"M": 0})
    sock("SOCK-A")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)
    assert stored_skus(article) == ["SOCK-A"]

    with django_capture_on_commit_callbacks(execute=True):
        variant_stock_set(variant=product.variants.get(), stock=7)

    assert sorted(stored_skus(article)) == ["SOCK-A", "SOCK-BACK"]
    assert sorted(skus(article_recommendations_get(article=article))) == ["SOCK-A", "SOCK-BACK"]


def test_a_product_that_no_longer_fits_a_rule_leaves_after_its_edit_commits(
    django_capture_on_commit_callbacks,
):
    product = sock("SOCK-A")
    sock("SOCK-B")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)

    with django_capture_on_commit_callbacks(execute=True):
        product_update(
            product=product,
            data={},
            attributes={
                "moisture_wicking": False,
                "blister_protection": False,
                "seamless_toe": False,
            },
        )

    assert stored_skus(article) == ["SOCK-B"]


def test_the_periodic_signal_refresh_sums_events_and_recomputes(
    django_capture_on_commit_callbacks,
):
    sock("SOCK-A")
    sock("SOCK-B")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    for kind in (Event.Kind.SELECT_ITEM, Event.Kind.ADD_TO_CART, Event.Kind.PURCHASE):
        event_record(kind=kind, product_sku="SOCK-B", article_slug=article.slug, anonymous_id="r")

    with django_capture_on_commit_callbacks(execute=True):
        assert rank_refresh_signals() == 1

    signal = ArticleProductSignal.objects.get()
    assert (signal.product.sku, signal.clicks, signal.add_to_carts, signal.purchases) == (
        "SOCK-B",
        1,
        1,
        1,
    )
    assert stored_skus(article)[0] == "SOCK-B"


def test_the_stale_sweep_recomputes_rows_whose_message_was_lost():
    sock("SOCK-A")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)
    sock("SOCK-NEW")  # its change message never reached a worker (no commit here)
    ArticleRecommendation.objects.update(stale=True)

    assert rank_stale_articles() == 1

    row = ArticleRecommendation.objects.get()
    assert not row.stale
    assert sorted(stored_skus(article)) == ["SOCK-A", "SOCK-NEW"]


def test_stock_moves_of_a_shown_product_recompute_only_when_it_sells_out(
    django_capture_on_commit_callbacks,
):
    from recommender.services.invalidation import product_recommendations_invalidate

    product = sock("SOCK-A", stocks={"M": 5})
    first = article_with_causes(improper_socks=BLISTER_SENTENCE)
    second = article_with_causes(improper_socks=BLISTER_SENTENCE)
    for article in (first, second):
        article_recommendations_store(article=article)
    variant = product.variants.get()

    variant_stock_set(variant=variant, stock=3)
    # Still in stock and still shown: nothing to recompute.
    assert product_recommendations_invalidate(product_id=product.pk, stock_only=True) == []

    variant_stock_set(variant=variant, stock=0)
    with django_capture_on_commit_callbacks(execute=True):
        stale = product_recommendations_invalidate(product_id=product.pk, stock_only=True)
    assert sorted(stale) == sorted([first.pk, second.pk])
    assert stored_skus(first) == [] and stored_skus(second) == []
