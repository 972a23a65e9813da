"""What to recompute when the catalog, the rules or the merchandising change."""

from __future__ import annotations

from collections.abc import Iterable

from recommender.catalog import product_selector_get
from recommender.models import ArticleCause, ArticleRecommendation, CauseProductRule
from recommender.services.ranking_inputs import CauseInput, rule_list_for_causes, rule_queries_build
from recommender.services.recommendations import (
    article_recommendations_mark_stale,
    recommendations_generation_bump,
)
from recommender.services.responses import article_responses_drop


def article_ids_for_causes(*, cause_ids: Iterable[int]) -> list[int]:
    """Articles that raise any of these causes (confirmed or suggested)."""
    return list(
        ArticleCause.objects.filter(cause_id__in=list(cause_ids))
        .exclude(status=ArticleCause.Status.REJECTED)
        .values_list("article_id", flat=True)
        .distinct()
    )


def product_recommendations_invalidate(*, product_id: int, stock_only: bool = False) -> list[int]:
    """Mark stale the articles a product change can alter; returns their ids.

    A stock change of a product that articles already show needs no recomputation while it
    stays in stock (pages re-check stock; cached API answers are dropped here) and, once
    sold out, only those articles need a refill.
    Any other change (attributes, price, a restock of a product no article shows yet) may
    move it into or out of every article whose causes' rules select it.
    """
    showing = set(
        ArticleRecommendation.products.through.objects.filter(product_id=product_id).values_list(
            "articlerecommendation__article_id", flat=True
        )
    )
    recommendations_generation_bump()
    # Cached API answers list what was sellable when they were rendered (in each size): any
    # change to a product they may show, sold out in one size or restocked, retires them now.
    article_responses_drop(showing)
    if stock_only:
        in_stock = product_selector_get().available_ids([product_id])
        if not in_stock:
            return article_recommendations_mark_stale(article_ids=showing)
        if showing:
            return []
    rules = rule_list_for_causes(
        cause_ids=CauseProductRule.objects.filter(active=True).values_list("cause_id", flat=True)
    )
    causes = {rule.cause_id: rule.cause for rule in rules}
    queries = rule_queries_build(
        causes=[CauseInput(cause=cause, confidence=1.0, evidence="") for cause in causes.values()],
        rules=rules,
        any_evidence=True,  # a rule judged on wording may apply to some article's evidence
    )
    matched = set(product_selector_get().rules_matching_product(product_id, queries))
    cause_ids = {rule.cause_id for rule in rules if rule.pk in matched}
    affected = showing | set(article_ids_for_causes(cause_ids=cause_ids))
    return article_recommendations_mark_stale(article_ids=affected)


def cause_recommendations_invalidate(*, cause_ids: Iterable[int]) -> list[int]:
    """A rule or merchandising row of these causes changed."""
    recommendations_generation_bump()
    return article_recommendations_mark_stale(
        article_ids=article_ids_for_causes(cause_ids=cause_ids)
    )


def article_changed_responses_drop(sender, article=None, **kwargs) -> None:
    """Receiver for content's article signals: an unpublished or renamed article must stop
    being answered from the cache at once, before its causes are detected again."""
    if article is not None and article.pk is not None:
        article_responses_drop([article.pk], slugs=[article.slug])
