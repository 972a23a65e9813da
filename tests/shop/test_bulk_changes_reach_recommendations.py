"""Bulk catalog writes (admin actions, imports) send no model signals of their own; a product
they deactivate or sell out must still leave article recommendations at once, not when the
cached answer expires, and a product they add must reach the articles it helps."""

import io
from unittest import mock

import pytest
from celery.app.task import Task
from django.db import connection
from django.test.utils import CaptureQueriesContext

from recommender.models import ArticleRecommendation
from recommender.services.recommendations import article_recommendations_store
from shop.imports.services import products_import
from shop.models import Product
from shop.services import products_set_active
from tests.recommender.rec_helpers import (
    BLISTER_SENTENCE,
    article_with_causes,
    shown_skus,
    sock,
)
from tests.shop.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/shop/product/"
TSV_HEADER = (
    "id\titem_group_id\ttitle\tprice\tavailability\tbrand\tproduct_type\tsize"
    "\tmoisture_wicking\tcushioning"
)


def _article_showing(client, *skus: str):
    for sku in skus:
        sock(sku)
    article = article_with_causes(improper_socks=BLISTER_SENTENCE)
    article_recommendations_store(article=article)
    assert shown_skus(client, article.slug) == sorted(skus)  # now cached
    return article


def _tsv(*rows: str) -> io.BytesIO:
    return io.BytesIO("\n".join([TSV_HEADER, *rows, ""]).encode())


def test_products_deactivated_in_bulk_leave_the_cached_answer(
    client, django_capture_on_commit_callbacks
):
    article = _article_showing(client, "SOCK-A", "SOCK-B", "SOCK-C")
    staff = client.__class__()
    staff.force_login(StaffUserFactory())
    chosen = list(Product.objects.filter(sku__in=["SOCK-A", "SOCK-C"]).values_list("pk", flat=True))

    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            CHANGELIST, {"action": "deactivate_selected", "_selected_action": chosen}
        )

    assert response.status_code == 302
    assert shown_skus(client, article.slug) == ["SOCK-B"]
    stored = ArticleRecommendation.objects.get(article=article)
    assert [product["sku"] for product in stored.payload["products"]] == ["SOCK-B"]


def test_products_activated_in_bulk_come_back(client, django_capture_on_commit_callbacks):
    article = _article_showing(client, "SOCK-A", "SOCK-B")
    staff = client.__class__()
    staff.force_login(StaffUserFactory())
    product = Product.objects.get(sku="SOCK-A")
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(CHANGELIST, {"action": "deactivate_selected", "_selected_action": [product.pk]})
    assert shown_skus(client, article.slug) == ["SOCK-B"]

    with django_capture_on_commit_callbacks(execute=True):
        staff.post(CHANGELIST, {"action": "activate_selected", "_selected_action": [product.pk]})

    assert shown_skus(client, article.slug) == ["SOCK-A", "SOCK-B"]


def test_an_import_that_sells_a_product_out_takes_it_off_the_answer(
    client, django_capture_on_commit_callbacks
):
    article = _article_showing(client, "SOCK-A", "SOCK-B")
    rows = [
        f"{variant.sku}\tSOCK-A\tSock A\t14.00 EUR\tout_of_stock\tStridewise\trunning-socks"
        f"\t{variant.size}\ttrue\tlight"
        for variant in Product.objects.get(sku="SOCK-A").variants.all()
    ]

    with django_capture_on_commit_callbacks(execute=True):
        report = products_import(stream=_tsv(*rows), filename="stock.tsv")

    assert not report.errors, report.errors
    assert report.variants.updated == 2
    assert shown_skus(client, article.slug) == ["SOCK-B"]


def test_an_import_that_adds_a_matching_product_brings_it_to_the_article(
    client, django_capture_on_commit_callbacks
):
    article = _article_showing(client, "SOCK-A")
    row = (
        "NEW-SOCK-M\tNEW-SOCK\tNew Wicking Sock\t16.00 EUR\tin_stock\tStridewise\trunning-socks"
        "\tM\ttrue\tlight"
    )

    with django_capture_on_commit_callbacks(execute=True):
        report = products_import(stream=_tsv(row), filename="new.tsv")

    assert not report.errors, report.errors
    assert report.products.created == 1
    assert shown_skus(client, article.slug) == ["NEW-SOCK", "SOCK-A"]


def test_a_dry_run_import_changes_no_answer(client, django_capture_on_commit_callbacks):
    article = _article_showing(client, "SOCK-A", "SOCK-B")
    rows = [
        f"{variant.sku}\tSOCK-A\tSock A\t14.00 EUR\tout_of_stock\tStridewise\trunning-socks"
        f"\t{variant.size}\ttrue\tlight"
        for variant in Product.objects.get(sku="SOCK-A").variants.all()
    ]

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        report = products_import(stream=_tsv(*rows), filename="stock.tsv", dry_run=True)

    assert not report.errors, report.errors
    assert callbacks == []
    assert shown_skus(client, article.slug) == ["SOCK-A", "SOCK-B"]
    assert not ArticleRecommendation.objects.get(article=article).stale


def test_products_deactivated_by_any_caller_of_the_service_leave_the_answer(
    client, django_capture_on_commit_callbacks
):
    article = _article_showing(client, "SOCK-A", "SOCK-B")

    with django_capture_on_commit_callbacks(execute=True):
        changed = products_set_active(products=Product.objects.filter(sku="SOCK-A"), active=False)

    assert changed == 1
    assert shown_skus(client, article.slug) == ["SOCK-B"]


def test_a_2000_product_import_queues_a_few_tasks_not_one_per_product(
    client, django_capture_on_commit_callbacks
):
    article = _article_showing(client, "SOCK-A")
    rows = [
        f"BULK-{index}-M\tBULK-{index}\tBulk Sock {index}\t12.00 EUR\tin_stock\tStridewise"
        "\trunning-socks\tM\ttrue\tlight"
        for index in range(2000)
    ]
    sent: list[str] = []
    send = Task.apply_async

    def counted(task, *args, **kwargs):
        sent.append(task.name)
        return send(task, *args, **kwargs)

    with (
        mock.patch.object(Task, "apply_async", counted),
        CaptureQueriesContext(connection) as queries,
    ):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            report = products_import(stream=_tsv(*rows), filename="big.tsv")
            written = len(queries)
        after_commit = len(queries) - written

    assert not report.errors, report.errors[:3]
    assert report.products.created == 2000
    # Bounded by chunks, not by rows: one refresh task per 500 products, one recompute.
    assert sent.count("recommender.rank_products_changed") == 4
    assert len(sent) <= 6, sent
    assert len(callbacks) < 30
    assert after_commit < 100  # the notice and the refresh tasks it queued, together
    # and the new socks still reach the article about blisters
    assert any(sku.startswith("BULK-") for sku in shown_skus(client, article.slug))
