"""A deleted product leaves every answer at once (not when the cached answer expires), and
the articles that showed it are refilled once the deletion commits."""

import pytest

from recommender import tasks
from recommender.models import ArticleRecommendation
from recommender.services.recommendations import article_recommendations_store
from shop.models import Product
from shop.services import product_delete
from tests.recommender.rec_helpers import (
    BLISTER_SENTENCE,
    article_with_causes,
    shown_skus,
    sock,
    stored_skus,
)
from tests.shop.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/shop/product/"


def _articles_showing(client, *skus: str):
    for sku in skus:
        sock(sku)
    articles = [article_with_causes(improper_socks=BLISTER_SENTENCE) for _ in range(2)]
    for article in articles:
        article_recommendations_store(article=article)
        assert shown_skus(client, article.slug) == sorted(skus)  # now cached
    return articles


def test_a_deleted_product_is_gone_from_the_answer_at_once(
    client, django_capture_on_commit_callbacks
):
    articles = _articles_showing(client, "SOCK-A", "SOCK-B")

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        product_delete(product=Product.objects.get(sku="SOCK-A"))
        # Before the deletion commits and before any worker ran: no cached answer shows it.
        assert all(shown_skus(client, article.slug) == ["SOCK-B"] for article in articles)
    assert all(ArticleRecommendation.objects.get(article=a).stale for a in articles)

    for callback in callbacks:
        callback()

    assert [stored_skus(article) for article in articles] == [["SOCK-B"], ["SOCK-B"]]
    assert not ArticleRecommendation.objects.filter(stale=True).exists()


def test_products_deleted_in_bulk_in_the_admin_are_gone_at_once(
    client, django_capture_on_commit_callbacks
):
    articles = _articles_showing(client, "SOCK-A", "SOCK-B", "SOCK-C", "SOCK-D")
    staff = client.__class__()
    staff.force_login(StaffUserFactory())
    chosen = list(
        Product.objects.filter(sku__in=["SOCK-A", "SOCK-C", "SOCK-D"]).values_list("pk", flat=True)
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            CHANGELIST,
            {"action": "delete_selected", "_selected_action": chosen, "post": "yes"},
        )

    assert response.status_code == 302
    assert not Product.objects.filter(pk__in=chosen).exists()
    assert [shown_skus(client, article.slug) for article in articles] == [["SOCK-B"], ["SOCK-B"]]
    assert [stored_skus(article) for article in articles] == [["SOCK-B"], ["SOCK-B"]]


def test_a_bulk_delete_refreshes_its_articles_once_not_per_product(
    django_capture_on_commit_callbacks, monkeypatch
):
    for index in range(12):
        sock(f"SOCK-{index:02}")
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)
    queued: list[list[int]] = []
    send = tasks._send_rank_chunks
    monkeypatch.setattr(tasks, "_send_rank_chunks", lambda ids: (queued.append(ids), send(ids)))

    with django_capture_on_commit_callbacks(execute=True):
        Product.objects.filter(sku__startswith="SOCK-").delete()

    assert queued == [[article.pk]]
    assert stored_skus(article) == []
