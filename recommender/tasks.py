"""Detection in the background: queued when an article changes, after the change commits."""

from __future__ import annotations

import logging

from celery import shared_task
from django.core.cache import cache
from django.db import transaction

from content.models import Article
from recommender.conf import recommender_settings
from recommender.services import article_causes_detect

logger = logging.getLogger(__name__)

# Saving and publishing in one go sends two signals; one queued detection is enough. The
# marker is cleared when the task starts, so a change made after that queues a new run; it
# expires soon in case the message is lost, since a duplicate run costs little.
QUEUED_KEY = "recommender:detection-queued:{}"
_QUEUED_TIMEOUT = 60


@shared_task(name="recommender.detect_article_causes", queue="detection")
def detect_article_causes(article_id: int) -> None:
    try:
        cache.delete(QUEUED_KEY.format(article_id))
    except Exception:
        logger.warning("could not clear the queued-detection marker", exc_info=True)
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return
    article_causes_detect(article=article)  # marks the article's recommendations stale


def _send(article_id: int) -> None:
    try:
        first = cache.add(QUEUED_KEY.format(article_id), True, timeout=_QUEUED_TIMEOUT)
    except Exception:
        first = True  # without the cache, a duplicate run is harmless
    if first:
        detect_article_causes.apply_async(
            args=[article_id], queue=recommender_settings.DETECTION_QUEUE
        )


def article_detection_queue(*, article_id: int) -> None:
    """Queue detection for an article once the current transaction (if any) commits."""
    transaction.on_commit(lambda: _send(article_id))


def detect_on_article_change(sender, article=None, **kwargs) -> None:
    """Receiver for content's article_saved and article_published signals."""
    if article is not None and article.pk is not None:
        article_detection_queue(article_id=article.pk)


# ---------------------------------------------------------------------------------------------
# Ranking: recompute stored recommendations after detection, catalog, rule or behaviour changes.
# ---------------------------------------------------------------------------------------------


@shared_task(name="recommender.rank_articles", queue="ranking")
def rank_articles(article_ids: list[int]) -> None:
    """Store fresh recommendations for these articles (one chunk); gone articles are skipped."""
    from recommender.services.recommendations import article_recommendations_store

    for article in Article.objects.filter(pk__in=article_ids):
        article_recommendations_store(article=article)


def _send_rank_chunks(article_ids: list[int]) -> None:
    chunk = max(1, int(recommender_settings.RECOMPUTE_CHUNK))
    for start in range(0, len(article_ids), chunk):
        rank_articles.apply_async(
            args=[article_ids[start : start + chunk]], queue=recommender_settings.RANKING_QUEUE
        )


def article_recommendations_queue(*, article_ids) -> None:
    """Queue recomputation in chunks once the current transaction (if any) commits."""
    ids = sorted(set(article_ids))
    if ids:
        transaction.on_commit(lambda: _send_rank_chunks(ids))


@shared_task(name="recommender.rank_product_changed", queue="ranking")
def rank_product_changed(product_id: int, stock_only: bool = False) -> None:
    """A product or its stock changed: refresh the articles that show it or could show it."""
    from recommender.services.invalidation import product_recommendations_invalidate

    try:
        cache.delete(PRODUCT_QUEUED_KEY.format(product_id, stock_only))
    except Exception:
        logger.warning("could not clear the queued-product marker", exc_info=True)
    product_recommendations_invalidate(product_id=product_id, stock_only=stock_only)


# Many saves of one product in a burst (an import, a stocktake) queue one task: the marker
# is cleared when the task starts, which is a few seconds later.
PRODUCT_QUEUED_KEY = "recommender:product-changed:{}:{}"
PRODUCT_DEBOUNCE_SECONDS = 3


def _send_product_changed(product_id: int, stock_only: bool) -> None:
    try:
        first = cache.add(PRODUCT_QUEUED_KEY.format(product_id, stock_only), True, timeout=60)
    except Exception:
        first = True
    if first:
        rank_product_changed.apply_async(
            args=[product_id, stock_only],
            queue=recommender_settings.RANKING_QUEUE,
            countdown=PRODUCT_DEBOUNCE_SECONDS,
        )


def product_changed_queue(*, product_id: int, stock_only: bool = False) -> None:
    transaction.on_commit(lambda: _send_product_changed(product_id, stock_only))


@shared_task(name="recommender.rank_products_changed", queue="ranking")
def rank_products_changed(product_ids: list[int], stock_only: bool = False) -> None:
    """Many products changed at once (a chunk of a bulk write): refresh their articles."""
    from recommender.services.invalidation import products_recommendations_invalidate

    products_recommendations_invalidate(product_ids=product_ids, stock_only=stock_only)


# Products per task after a bulk write: each task finds the affected articles of its whole
# chunk in a few queries, so a 10,000-product import is 20 tasks, not 10,000.
PRODUCTS_CHUNK = 500


def _send_products_changed(product_ids: list[int], stock_only: bool) -> None:
    for start in range(0, len(product_ids), PRODUCTS_CHUNK):
        rank_products_changed.apply_async(
            args=[product_ids[start : start + PRODUCTS_CHUNK], stock_only],
            queue=recommender_settings.RANKING_QUEUE,
        )


def products_changed_queue(*, product_ids, stock_only: bool = False) -> None:
    """Queue the refresh of many products in chunks once the current transaction commits."""
    ids = sorted(set(product_ids))
    if ids:
        transaction.on_commit(lambda: _send_products_changed(ids, stock_only))


@shared_task(name="recommender.rank_stale_articles", queue="ranking")
def rank_stale_articles() -> int:
    """Periodic sweep: queue every stored row still marked stale (a lost message, say)."""
    from recommender.models import ArticleRecommendation

    ids = list(
        ArticleRecommendation.objects.filter(stale=True).values_list("article_id", flat=True)[
            :10_000
        ]
    )
    _send_rank_chunks(ids)
    return len(ids)


@shared_task(name="recommender.rank_refresh_signals", queue="ranking")
def rank_refresh_signals(minutes: int = 15) -> int:
    """Periodic: sum recent events into article signals, then recompute those articles."""
    from recommender.services.events import article_signals_refresh_recent

    article_ids = article_signals_refresh_recent(minutes=minutes)
    _send_rank_chunks(sorted(article_ids))
    return len(article_ids)
