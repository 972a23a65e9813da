"""Reads for causes and the causes found in articles."""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from content.models import Article
from recommender.catalog import product_selector_get
from recommender.conf import recommender_settings
from recommender.detection.base import CauseSpec
from recommender.models import ArticleCause, ArticleRecommendation, Cause
from recommender.payloads import PAYLOAD_VERSION, payload_present, payload_product_ids


def cause_specs_active() -> list[CauseSpec]:
    """What the detector needs from the active Cause rows: staff phrases and patterns."""
    return [
        CauseSpec(
            slug=cause.slug,
            phrases=tuple(cause.phrase_list),
            patterns=tuple(cause.pattern_list),
            is_red_flag=cause.is_red_flag,
        )
        for cause in Cause.objects.filter(active=True).only(
            "slug", "phrases", "patterns", "is_red_flag"
        )
    ]


def cause_list_with_confirmed_counts(*, queryset: QuerySet[Cause] | None = None) -> QuerySet[Cause]:
    """Causes with the number of articles in which staff confirmed them."""
    queryset = Cause.objects.all() if queryset is None else queryset
    confirmed = Q(article_causes__status=ArticleCause.Status.CONFIRMED)
    return queryset.annotate(confirmed_articles=Count("article_causes", filter=confirmed))


def article_list_with_review_counts(*, queryset: QuerySet[Article]) -> QuerySet[Article]:
    """Articles with how many causes await review, how many are confirmed, and any red flag."""
    status = ArticleCause.Status
    red_flag = ArticleCause.objects.filter(article=OuterRef("pk"), cause__is_red_flag=True).exclude(
        status=status.REJECTED
    )
    return queryset.annotate(
        suggested_causes=Count("article_causes", filter=Q(article_causes__status=status.SUGGESTED)),
        confirmed_causes=Count("article_causes", filter=Q(article_causes__status=status.CONFIRMED)),
        has_red_flag=Exists(red_flag),
    )


def article_cause_list(*, article: Article) -> QuerySet[ArticleCause]:
    return ArticleCause.objects.filter(article=article).select_related("cause")


# ---------------------------------------------------------------------------------------------
# Recommendations: the contract pages and the API share (plain dicts in the API's shapes).
# ---------------------------------------------------------------------------------------------

MAX_LIMIT = 36


def _stored_payload(*, article: Article) -> dict:
    """The cached copy, else the stored row, else a fresh computation (queued for storing)."""
    # Imported here: the services import this module (detection reads cause_specs_active).
    from recommender.services.recommendations import (
        PROVISIONAL_TIMEOUT,
        article_recommendations_compute,
        cache_get,
        cache_key,
        cache_set,
    )
    from recommender.tasks import article_recommendations_queue

    key = cache_key(article.pk)
    payload = cache_get(key)
    if isinstance(payload, dict) and payload.get("_version") == PAYLOAD_VERSION:
        return payload
    row = ArticleRecommendation.objects.filter(article=article).only("payload", "stale").first()
    if row is not None and not row.stale and row.payload.get("_version") == PAYLOAD_VERSION:
        cache_set(key, row.payload)
        return row.payload
    # Not stored yet, or out of date: answer now and let a worker store it.
    payload = article_recommendations_compute(article=article)
    cache_set(key, payload, timeout=PROVISIONAL_TIMEOUT)
    article_recommendations_queue(article_ids=[article.pk])
    return payload


def article_recommendations_get(
    *, article: Article, limit: int = 12, size: str | None = None
) -> dict:
    """What the article recommends, for the page and the API.

    ``{"article", "causes", "red_flags", "products", "advice", "groups"}``; products are
    in stock now (in ``size`` when given) and active. A constant number of queries: none or
    one to find the payload when it is cached or stored, and one to re-check stock.
    """
    limit = max(0, min(int(limit), MAX_LIMIT))
    payload = _stored_payload(article=article)
    ids = payload_product_ids(payload)
    available = product_selector_get().available_ids(ids, size=size or None) if ids else set()
    return payload_present(
        payload,
        available_ids=available,
        limit=limit,
        category_cap=recommender_settings.CATEGORY_CAP,
    )


def product_articles_list(*, product, limit: int = 6) -> list[dict]:
    """Published articles that recommend the product: ``[{"slug", "title", "url", "summary",
    "causes": [names]}]``, most recent first. Two queries."""
    rows = (
        Article.objects.filter(status=Article.Status.PUBLISHED, recommendation__products=product)
        .order_by("-published_at", "-pk")
        .prefetch_related(_live_causes_prefetch())[: max(0, int(limit))]
    )
    return [
        {
            "slug": article.slug,
            "title": article.title,
            "url": article.get_absolute_url(),
            "summary": article.summary,
            "causes": [row.cause.name for row in article.live_causes],
        }
        for article in rows
    ]


def _live_causes_prefetch():
    return Prefetch(
        "article_causes",
        queryset=ArticleCause.objects.filter(cause__is_red_flag=False, cause__active=True)
        .exclude(status=ArticleCause.Status.REJECTED)
        .select_related("cause")
        .order_by("-confidence", "cause__position"),
        to_attr="live_causes",
    )


def diagnose_result(*, text: str, size: str | None = None, answers: dict | None = None) -> dict:
    """The diagnose API body: ``{"causes", "red_flags", "products", "articles", "advice"}``."""
    from recommender.services.diagnose import diagnose_with_products

    return diagnose_with_products(text=text, size=size, answers=answers)


def cause_rule_preview(
    *, categories: list[str], conditions: str, limit: int = 20
) -> dict[str, list]:
    """What a rule would select now: ``{"errors": [...], "products": [{"sku", "name",
    "category", "price", "url"}]}``; products are active and in stock, best weight first."""
    from recommender.catalog import RuleQuery
    from recommender.models.rules import rule_catalogue
    from recommender.ranking import RuleMatch
    from recommender.ranking.conditions import ConditionSyntaxError, selector_build

    try:
        selector = selector_build(
            categories=categories, text=conditions or "", catalogue=rule_catalogue()
        )
    except ConditionSyntaxError as exc:
        return {"errors": exc.messages, "products": []}
    match = RuleMatch(
        cause_slug="", rule_id=0, weight=1.0, reason_text="", evidence="", cause_confidence=1.0
    )
    selector_backend = product_selector_get()
    candidates = selector_backend.candidates_for_rules(
        [RuleQuery(rule_id=0, selector=selector, match=match)], limit=max(1, limit)
    )[:limit]
    cards = selector_backend.products_by_ids([candidate.product_id for candidate in candidates])
    return {
        "errors": [],
        "products": [
            {
                "sku": card.sku,
                "name": card.name,
                "category": card.category_name,
                "price": f"{card.price} {card.currency}",
                "url": card.url,
            }
            for candidate in candidates
            if (card := cards.get(candidate.product_id)) is not None
        ],
    }
