"""A shopper's own words in, causes, advice, products and articles out.

Computed on the fly (nothing is stored): detection is pure Python, and products come from
the same rules and ranker as articles in a fixed number of queries. Rules that apply only when
the evidence mentions given words (high arches, say) are judged on the shopper's own sentences.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db.models import Count, Prefetch, Q

from content.models import Article
from recommender.catalog import product_selector_get
from recommender.conf import recommender_settings
from recommender.detection.base import RedFlag
from recommender.models import ArticleCause, Cause
from recommender.payloads import PAYLOAD_VERSION, capped, products_build
from recommender.ranking import RankingContext
from recommender.services.detection import text_diagnose
from recommender.services.ranking_inputs import CauseInput, rule_evidence_quote
from recommender.services.recommendations import (
    _rules_for_causes,
    cache_get,
    cache_set,
    cause_dict,
    evidence_rules_signature,
    products_rank,
    recommendations_generation,
)

RED_FLAG_SLUG = "red_flag"
RED_FLAG_ADVICE = (
    "What you describe can point to an injury or a nerve problem that needs a proper "
    "examination. Please see a doctor or a physiotherapist before you run again; new socks "
    "or shoes will not fix this."
)
# Answers to the optional questions of /check/ that call for a professional on their own.
RED_FLAG_ANSWERS = {"feel": {"sharp", "shooting", "numb", "tingling"}}
ANSWER_KEYS = ("where", "feel", "since")
DIAGNOSE_PRODUCTS = 8
# Ranked per set of causes, with room for products that sell out meanwhile.
DIAGNOSE_POOL = 16
DIAGNOSE_CACHE_SECONDS = 300
RELATED_ARTICLES = 5


def _answer_red_flags(answers: Mapping[str, Any] | None) -> list[RedFlag]:
    flags = []
    for key, values in RED_FLAG_ANSWERS.items():
        value = str((answers or {}).get(key) or "").strip().lower()
        if value in values:
            flags.append(RedFlag(evidence=(f"The pain feels {value}.",)))
    return flags


def related_articles_list(*, cause_ids: list[int], limit: int = RELATED_ARTICLES) -> list[dict]:
    """Published articles whose confirmed or suggested causes overlap, best overlap first."""
    if not cause_ids:
        return []
    live = ~Q(article_causes__status=ArticleCause.Status.REJECTED)
    articles = (
        Article.objects.filter(status=Article.Status.PUBLISHED)
        .filter(live, article_causes__cause_id__in=cause_ids)
        .annotate(
            overlap=Count("article_causes", filter=live & Q(article_causes__cause_id__in=cause_ids))
        )
        .order_by("-overlap", "-published_at", "pk")
        .prefetch_related(
            Prefetch(
                "article_causes",
                queryset=ArticleCause.objects.filter(cause_id__in=cause_ids)
                .exclude(status=ArticleCause.Status.REJECTED)
                .select_related("cause")
                .order_by("cause__position"),
                to_attr="matching_causes",
            )
        )[:limit]
    )
    return [
        {
            "slug": article.slug,
            "title": article.title,
            "url": article.get_absolute_url(),
            "summary": article.summary,
            "causes": [row.cause.name for row in article.matching_causes],
        }
        for article in articles
    ]


def diagnose_with_products(
    *, text: str, size: str | None = None, answers: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The diagnose API body: causes, red flags, products, articles and advice.

    With a red flag (in the words or the answers) there are no products and no articles,
    only the advice to see a medical professional.
    """
    result = text_diagnose(text=text)
    red_flags = [*result.red_flags, *_answer_red_flags(answers)]
    found = {cause.slug: cause for cause in result.causes}
    causes = list(
        Cause.objects.filter(slug__in=found, active=True, is_red_flag=False).order_by(
            "position", "slug"
        )
    )
    causes.sort(key=lambda cause: -found[cause.slug].confidence)
    cause_dicts = [
        cause_dict(
            cause=cause,
            confidence=found[cause.slug].confidence,
            evidence=found[cause.slug].evidence,
        )
        for cause in causes
    ]
    body: dict[str, Any] = {
        "causes": cause_dicts,
        "red_flags": [{"evidence": list(flag.evidence)} for flag in red_flags],
        "products": [],
        "articles": [],
        "advice": [],
    }
    if red_flags:
        body["advice"] = [{"cause": RED_FLAG_SLUG, "text": RED_FLAG_ADVICE}]
        return body
    inputs = [
        CauseInput(
            cause=cause,
            confidence=found[cause.slug].confidence,
            evidence=(found[cause.slug].evidence or ("",))[0],
            sentences=tuple(found[cause.slug].evidence),
        )
        for cause in causes
    ]
    pool, articles = _pool_for_causes(inputs=inputs, size=size or None)
    available = product_selector_get().available_ids(
        [product["_id"] for product in pool], size=size or None
    )
    shown = capped(
        [product for product in pool if product["_id"] in available],
        limit=DIAGNOSE_PRODUCTS,
        cap=recommender_settings.CATEGORY_CAP,
    )
    quotes = _reason_quotes(inputs=inputs)
    first = {item.cause.slug: item.evidence for item in inputs}
    body["products"] = [
        {
            **{key: value for key, value in product.items() if not key.startswith("_")},
            "reasons": [
                {
                    **reason,
                    "evidence": quotes.get(
                        (reason["cause"], reason["text"]), first.get(reason["cause"], "")
                    ),
                }
                for reason in product["reasons"]
            ],
        }
        for product in shown
    ]
    body["articles"] = articles
    body["advice"] = [
        {"cause": cause.slug, "text": cause.advice} for cause in causes if cause.advice
    ]
    return body


def _reason_quotes(*, inputs: list[CauseInput]) -> dict[tuple[str, str], str]:
    """(cause, reason text) -> the shopper's sentence that let a worded rule apply.

    Cached answers carry no sentences, so reasons are quoted per request: a rule with an
    evidence condition quotes the sentence that meets it ("my high arches..."), any other
    reason the cause's first sentence.
    """
    by_cause = {item.cause.pk: item for item in inputs}
    quotes: dict[tuple[str, str], str] = {}
    for rule in _rules_for_causes(list(by_cause)):
        if not rule.evidence_condition:
            continue
        item = by_cause[rule.cause_id]
        quote = rule_evidence_quote(rule, item)
        if quote:
            quotes.setdefault((item.cause.slug, rule.reason), quote)
    return quotes


def _without_sentences(products: list[dict]) -> list[dict]:
    return [
        {**product, "reasons": [{**reason, "evidence": ""} for reason in product["reasons"]]}
        for product in products
    ]


def _pool_for_causes(*, inputs: list[CauseInput], size: str | None) -> tuple[list, list]:
    """Ranked products (without the shopper's sentences) and related articles for these causes.

    The same causes come up again and again, so the answer is cached until the catalog,
    a rule or the merchandising changes (and for a few minutes at most); stock is
    re-checked by the caller on every request. Shoppers share an answer only when the
    same worded rules apply to their sentences (high arches and flat feet never do).
    """
    # The weights the ranker uses, to two places: shoppers share an answer only when their
    # causes weigh the same, since a few hundredths can move a product into the top picks.
    signature = ",".join(
        f"{item.cause.slug}:{item.strength:.2f}"
        for item in sorted(inputs, key=lambda item: item.cause.slug)
    )
    worded = evidence_rules_signature(causes=inputs)
    key = (
        f"recommender:diagnose:v{PAYLOAD_VERSION}:{recommendations_generation()}:"
        f"{(size or '').lower()}:{signature}:rules={worded}"
    )
    cached = cache_get(key)
    if isinstance(cached, dict):
        return cached["products"], cached["articles"]
    ranked, cards = products_rank(
        causes=inputs,
        article_id=None,
        context=RankingContext(
            limit=DIAGNOSE_POOL,
            size=size,
            category_cap=None,  # applied after the stock re-check, like article pages
            diversity=recommender_settings.DIVERSITY,
        ),
    )
    # Only the words of the rules that applied are in the key, never the shopper's sentences.
    products = _without_sentences(products_build(ranked, cards))
    articles = related_articles_list(cause_ids=[item.cause.pk for item in inputs])
    cache_set(key, {"products": products, "articles": articles}, timeout=DIAGNOSE_CACHE_SECONDS)
    return products, articles
