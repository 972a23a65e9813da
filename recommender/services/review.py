"""Staff decisions on the causes found in articles. Re-detection never undoes them."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from content.models import Article
from recommender.models import ArticleCause, Cause
from recommender.services.recommendations import article_recommendations_mark_stale


def _review(
    article_cause: ArticleCause, *, status: str, reviewer: AbstractBaseUser | None
) -> ArticleCause:
    article_cause.status = status
    article_cause.reviewed_by = reviewer if reviewer and reviewer.is_authenticated else None
    article_cause.reviewed_at = timezone.now()
    article_cause.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
    article_recommendations_mark_stale(article_ids=[article_cause.article_id])
    return article_cause


def article_cause_confirm(
    *, article_cause: ArticleCause, reviewer: AbstractBaseUser | None
) -> ArticleCause:
    return _review(article_cause, status=ArticleCause.Status.CONFIRMED, reviewer=reviewer)


def article_cause_reject(
    *, article_cause: ArticleCause, reviewer: AbstractBaseUser | None
) -> ArticleCause:
    return _review(article_cause, status=ArticleCause.Status.REJECTED, reviewer=reviewer)


@transaction.atomic
def article_cause_add(
    *,
    article: Article,
    cause: Cause,
    reviewer: AbstractBaseUser | None,
    evidence: Sequence[str] = (),
) -> ArticleCause:
    """Staff say the article discusses this cause. An existing suggestion becomes confirmed."""
    article_cause, created = ArticleCause.objects.select_for_update().get_or_create(
        article=article,
        cause=cause,
        defaults={
            "source": ArticleCause.Source.STAFF,
            "status": ArticleCause.Status.CONFIRMED,
            "confidence": 1.0,
            "evidence": list(evidence),
        },
    )
    if not created and evidence:
        article_cause.evidence = list(dict.fromkeys([*article_cause.evidence, *evidence]))
        article_cause.save(update_fields=["evidence", "updated_at"])
    return _review(article_cause, status=ArticleCause.Status.CONFIRMED, reviewer=reviewer)
