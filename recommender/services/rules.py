"""Staff edits to cause-to-product rules and merchandising; each marks affected articles stale."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from recommender.models import CauseProductRule, Merchandising
from recommender.services.invalidation import cause_recommendations_invalidate
from recommender.services.recommendations import (
    article_recommendations_mark_stale,
    recommendations_generation_bump,
)
from shop.models import Category


@transaction.atomic
def cause_rule_save(
    *, rule: CauseProductRule, categories: Iterable[Category] | None = None
) -> CauseProductRule:
    """Validate (the conditions parse) and save; ``categories`` replaces them when given."""
    previous_cause = (
        CauseProductRule.objects.filter(pk=rule.pk).values_list("cause_id", flat=True).first()
        if rule.pk
        else None
    )
    rule.full_clean()
    rule.save()
    if categories is not None:
        rule.categories.set(list(categories))
    cause_recommendations_invalidate(cause_ids={rule.cause_id, previous_cause} - {None})
    return rule


@transaction.atomic
def cause_rule_delete(*, rule: CauseProductRule) -> None:
    cause_id = rule.cause_id
    rule.delete()
    cause_recommendations_invalidate(cause_ids=[cause_id])


def _merchandising_invalidate(*, article_id: int | None, cause_id: int | None) -> None:
    recommendations_generation_bump()
    if article_id is not None:
        article_recommendations_mark_stale(article_ids=[article_id])
    elif cause_id is not None:
        cause_recommendations_invalidate(cause_ids=[cause_id])


@transaction.atomic
def merchandising_save(*, item: Merchandising) -> Merchandising:
    previous = (
        Merchandising.objects.filter(pk=item.pk).values("article_id", "cause_id").first()
        if item.pk
        else None
    )
    item.full_clean()
    item.save()
    if previous:
        _merchandising_invalidate(**previous)
    _merchandising_invalidate(article_id=item.article_id, cause_id=item.cause_id)
    return item


@transaction.atomic
def merchandising_delete(*, item: Merchandising) -> None:
    article_id, cause_id = item.article_id, item.cause_id
    item.delete()
    _merchandising_invalidate(article_id=article_id, cause_id=cause_id)
