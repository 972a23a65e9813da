"""Staff edits to cause-to-product rules and merchandising; each marks affected articles stale."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from recommender.models import ArticleCause, CauseProductRule, Merchandising
from recommender.ranking.conditions import ConditionSyntaxError, parse_evidence_condition
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


# Articles looked at by the admin preview of an evidence condition: the most recent ones.
EVIDENCE_PREVIEW_ARTICLES = 200


def cause_rule_evidence_preview(*, cause_id: int | None, text: str, limit: int = 5) -> dict:
    """Which articles raising the cause an evidence condition lets the rule apply to, for the
    rule admin: ``{"errors", "condition", "raised", "applies", "examples", "skipped"}``, each
    example ``{"title", "url", "quote"}``. A read with one query."""
    try:
        condition = parse_evidence_condition(text or "")
    except ConditionSyntaxError as exc:
        return {
            "errors": exc.messages,
            "condition": True,
            "raised": 0,
            "applies": 0,
            "examples": [],
            "skipped": [],
        }
    result = {
        "errors": [],
        "condition": condition is not None,
        "raised": 0,
        "applies": 0,
        "examples": [],
        "skipped": [],
    }
    if condition is None or cause_id is None:
        return result
    rows = (
        ArticleCause.objects.filter(cause_id=cause_id)
        .exclude(status=ArticleCause.Status.REJECTED)
        .select_related("article")
        .only("evidence", "article__title", "article__slug")
        .order_by("-article__updated_at", "-pk")[:EVIDENCE_PREVIEW_ARTICLES]
    )
    for row in rows:
        sentences = [str(sentence) for sentence in row.evidence]
        result["raised"] += 1
        entry = {"title": row.article.title, "url": row.article.get_absolute_url()}
        if condition.holds(sentences):
            result["applies"] += 1
            if len(result["examples"]) < limit:
                quote = condition.quote(sentences) or (sentences[0] if sentences else "")
                result["examples"].append({**entry, "quote": quote})
        elif len(result["skipped"]) < limit:
            result["skipped"].append({**entry, "quote": sentences[0] if sentences else ""})
    return result
