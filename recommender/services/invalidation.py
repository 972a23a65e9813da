"""What to recompute when the catalog, the rules or the merchandising change."""

from __future__ import annotations

from collections import defaultdict
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


def _showing_by_product(product_ids: list[int]) -> dict[int, set[int]]:
    """product id -> the articles whose stored recommendations hold it (one query)."""
    showing: dict[int, set[int]] = defaultdict(set)
    rows = ArticleRecommendation.products.through.objects.filter(
        product_id__in=product_ids
    ).values_list("product_id", "articlerecommendation__article_id")
    for product_id, article_id in rows:
        showing[product_id].add(article_id)
    return showing


def _causes_selecting(product_ids: list[int]) -> set[int]:
    """Causes with an active rule that selects any of these products as they are now.

    Only products that are active and in stock can enter an article, so only those are
    asked about: the selector fetches them with the matches of every rule in a couple of
    queries, however many they are.
    """
    if not product_ids:
        return set()
    rules = rule_list_for_causes(
        cause_ids=CauseProductRule.objects.filter(active=True).values_list("cause_id", flat=True)
    )
    causes = {rule.cause_id: rule.cause for rule in rules}
    queries = rule_queries_build(
        causes=[CauseInput(cause=cause, confidence=1.0, evidence="") for cause in causes.values()],
        rules=rules,
        any_evidence=True,  # a rule judged on wording may apply to some article's evidence
    )
    if not queries:
        return set()
    cause_of_rule = {rule.pk: rule.cause_id for rule in rules}
    wanted = set(product_ids)
    # The smallest pool: only the included products matter here, not each rule's picks.
    candidates = product_selector_get().candidates_for_rules(
        queries, include_ids=product_ids, limit=1
    )
    return {
        cause_of_rule[match.rule_id]
        for candidate in candidates
        if candidate.product_id in wanted
        for match in candidate.matches
        if match.rule_id in cause_of_rule
    }


def products_recommendations_invalidate(
    *, product_ids: Iterable[int], stock_only: bool = False
) -> list[int]:
    """Mark stale the articles a change to these products can alter; returns their ids.

    A fixed number of queries for any number of products. A stock change of a product
    that articles already show needs no recomputation while it stays in stock (pages
    re-check stock; cached API answers are dropped here) and, once sold out, only those
    articles need a refill. Any other change (attributes, price, a restock of a product no
    article shows yet) may move it into or out of every article whose causes' rules select
    it.
    """
    ids = sorted(set(product_ids))
    if not ids:
        return []
    showing_by_product = _showing_by_product(ids)
    showing = set().union(*showing_by_product.values())
    recommendations_generation_bump()
    # Cached API answers list what was sellable when they were rendered (in each size): any
    # change to a product they may show, sold out in one size or restocked, retires them now.
    article_responses_drop(showing)
    if stock_only:
        in_stock = product_selector_get().available_ids(ids)
        affected = {
            article_id
            for product_id in ids
            if product_id not in in_stock
            for article_id in showing_by_product.get(product_id, ())
        }
        to_match = [pk for pk in ids if pk in in_stock and not showing_by_product.get(pk)]
    else:
        affected = showing
        to_match = ids
    affected |= set(article_ids_for_causes(cause_ids=_causes_selecting(to_match)))
    return article_recommendations_mark_stale(article_ids=affected)


def product_recommendations_invalidate(*, product_id: int, stock_only: bool = False) -> list[int]:
    """One product's change (a save); see ``products_recommendations_invalidate``."""
    return products_recommendations_invalidate(product_ids=[product_id], stock_only=stock_only)


def products_deleted_invalidate(*, product_ids: Iterable[int]) -> list[int]:
    """Products about to be deleted: retire answers now, refill their articles after commit.

    Called before the rows go: afterwards nothing records which articles held them.
    """
    ids = sorted(set(product_ids))
    if not ids:
        return []
    showing = set().union(*_showing_by_product(ids).values())
    recommendations_generation_bump()
    return article_recommendations_mark_stale(article_ids=showing)


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
