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
    article_causes_detect(article=article)


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
