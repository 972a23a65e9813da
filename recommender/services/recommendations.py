"""Compute, store, cache and invalidate the recommended products of each article.

The database row (``ArticleRecommendation``) is the truth; the cache is a copy under a
versioned key, dropped whenever something that feeds it changes. Every cache call tolerates
a cache that is down: readers then fall back to the database.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from content.models import Article
from recommender.catalog import ProductCard, product_selector_get
from recommender.conf import recommender_settings
from recommender.models import ArticleCause, ArticleRecommendation
from recommender.payloads import PAYLOAD_VERSION, payload_product_ids, products_build
from recommender.ranking import (
    NO_SIGNALS,
    BaseRanker,
    Candidate,
    RankedProduct,
    RankingContext,
    Signals,
    ranker_load,
)
from recommender.services.ranking_inputs import (
    CauseInput,
    cause_prominence,
    evidence_in_title,
    merchandising_load,
    rule_evidence_quote,
    rule_list_for_causes,
    rule_queries_build,
    signals_load,
    text_is_off_road,
)
from recommender.services.responses import article_responses_drop

logger = logging.getLogger(__name__)

# A payload computed in a request (no stored row yet) is cached briefly: the queued task
# stores the real one in a moment.
PROVISIONAL_TIMEOUT = 60

CANDIDATES_PER_KEPT = 3
MIN_CANDIDATES = 100

_RANKERS: dict[str, BaseRanker] = {}


def ranker_get() -> BaseRanker:
    path = recommender_settings.RANKER
    if path not in _RANKERS:
        _RANKERS[path] = ranker_load(path)
    return _RANKERS[path]


def cache_key(article_id: int) -> str:
    return f"recommender:article-recs:v{PAYLOAD_VERSION}:{article_id}"


def cache_get(key: str) -> Any:
    try:
        return cache.get(key)
    except Exception:
        logger.warning("cache unavailable; reading recommendations from the database")
        return None


def cache_set(key: str, value: Any, timeout: int | None = None) -> None:
    try:
        cache.set(key, value, timeout or recommender_settings.CACHE_TIMEOUT)
    except Exception:
        logger.warning("cache unavailable; recommendations not cached")


def cache_delete_articles(article_ids: Iterable[int]) -> None:
    """Drop the cached payloads and the cached API answers of these articles."""
    article_ids = list(article_ids)
    keys = [cache_key(article_id) for article_id in article_ids]
    if not keys:
        return
    article_responses_drop(article_ids)
    try:
        cache.delete_many(keys)
    except Exception:
        # Pages re-check stock on every request and cached API answers expire within
        # RESPONSE_TIMEOUT, so a stale copy cannot offer a sold-out pair for long.
        logger.warning("cache unavailable; %s cached recommendations not dropped", len(keys))


GENERATION_KEY = "recommender:generation"


def recommendations_generation() -> int:
    """A number that changes whenever the catalog, a rule or merchandising changes.

    Cached answers that are not tied to one article (diagnose) carry it in their key.
    """
    try:
        # Starts from the clock, so a cleared cache never brings back an old number.
        return int(cache.get_or_set(GENERATION_KEY, time.time_ns(), timeout=None))
    except Exception:
        return 0


def _generation_bump_now() -> None:
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # not set yet (or evicted): a fresh clock value will do
            cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
    except Exception:
        logger.warning("cache unavailable; generation not bumped")


def recommendations_generation_bump() -> None:
    """Retire everything computed from the old rules, catalog or merchandising.

    Bumped at once and again when the surrounding transaction commits: a computation that ran
    in between read the rows as they were before the commit, and must not outlive it.
    """
    _generation_bump_now()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_generation_bump_now)


def _with_pin_matches(candidates: list[Candidate], pin_matches) -> list[Candidate]:
    """Give a product pinned for a cause a reason for that cause when no rule gives one."""
    if not pin_matches:
        return candidates
    result = []
    for candidate in candidates:
        extra = [
            match
            for match in pin_matches.get(candidate.product_id, ())
            if all(own.cause_slug != match.cause_slug for own in candidate.matches)
        ]
        result.append(replace(candidate, matches=candidate.matches + tuple(extra)))
    return result


# Active rules per (generation, cause). Every change to a rule bumps the generation (see
# services.rules), and articles share causes, so most rankings skip the two rule queries.
_RULES_BY_CAUSE: dict[tuple[int, int], list] = {}


def _rules_for_causes(cause_ids: list[int]) -> list:
    generation = recommendations_generation()
    if not generation:  # no cache to tell us about changes: read them fresh
        return rule_list_for_causes(cause_ids=cause_ids)
    cause_ids = sorted(set(cause_ids))
    missing = [pk for pk in cause_ids if (generation, pk) not in _RULES_BY_CAUSE]
    if missing:
        if len(_RULES_BY_CAUSE) > 2000:
            _RULES_BY_CAUSE.clear()
        for pk in missing:
            _RULES_BY_CAUSE[(generation, pk)] = []
        for rule in rule_list_for_causes(cause_ids=missing):
            _RULES_BY_CAUSE[(generation, rule.cause_id)].append(rule)
    # Ordered as rule_list_for_causes orders them: by cause, then position.
    return [rule for pk in cause_ids for rule in _RULES_BY_CAUSE[(generation, pk)]]


def evidence_rules_signature(*, causes: Sequence[CauseInput]) -> str:
    """The rules with an evidence condition that these inputs' sentences let apply.

    Answers cached per set of causes rather than per text (diagnose) add it to their key
    when they pass the shopper's sentences, so "high arches" and "flat feet" never share one.
    The sentences' ground (trails or not, see ``text_is_off_road``) is part of it too.
    """
    by_cause = {item.cause.pk: item for item in causes}
    rules = _rules_for_causes(list(by_cause))
    worded = ",".join(
        str(rule.pk)
        for rule in rules
        if rule.evidence_condition
        and rule_evidence_quote(rule, by_cause[rule.cause_id]) is not None
    )
    return f"{worded};off-road" if _off_road(causes) else worded


def _off_road(causes: Sequence[CauseInput]) -> bool | None:
    """Whether the inputs' sentences speak of trails; None when there are no sentences."""
    sentences = [sentence for item in causes for sentence in item.sentences]
    if not sentences:
        return None
    return text_is_off_road(sentences)


def products_rank(
    *,
    causes: Sequence[CauseInput],
    article_id: int | None,
    context: RankingContext,
    signals: Signals = NO_SIGNALS,
) -> tuple[list[RankedProduct], dict[int, ProductCard]]:
    """Rank the products the rules of these causes select; a fixed number of queries.

    When ``context`` does not say whether a shopper's text (no article) is about trails, the
    causes' sentences do; an article's ground is decided by ``article_ground``.
    """
    if not causes:
        return [], {}
    if context.off_road is None and article_id is None:
        context = replace(context, off_road=_off_road(causes))
    rules = _rules_for_causes([item.cause.pk for item in causes])
    queries = rule_queries_build(causes=causes, rules=rules)
    steering = merchandising_load(causes=causes, article_id=article_id)
    include = steering.product_ids | set(signals.co_clicks) | set(signals.co_purchases)
    if not queries and not steering.product_ids:
        return [], {}
    selector = product_selector_get()
    # Three candidates per product kept leave the ranker and its diversity pass real
    # choices; a larger pool mostly adds rows the ranking would drop anyway.
    pool = min(
        recommender_settings.CANDIDATE_LIMIT,
        max(MIN_CANDIDATES, CANDIDATES_PER_KEPT * context.limit),
    )
    candidates, cards_for = selector.candidates_and_cards(
        queries, size=context.size, include_ids=include, limit=max(1, pool)
    )
    candidates = _with_pin_matches(candidates, steering.pin_matches)
    ranked = ranker_get().rank(
        candidates=candidates,
        context=context,
        signals=signals,
        merchandising=steering.steering,
    )
    if not ranked:
        return [], {}
    return ranked, cards_for([item.product_id for item in ranked])


def cause_dict(*, cause, confidence: float, evidence: Sequence[str]) -> dict[str, Any]:
    return {
        "slug": cause.slug,
        "name": cause.name,
        "confidence": round(float(confidence), 4),
        "evidence": list(evidence),
        "products_help": cause.products_help,
    }


def article_cause_inputs(*, article: Article) -> tuple[list[CauseInput], list[dict], list[dict]]:
    """(ranker inputs, cause dicts, red-flag dicts) for confirmed and suggested causes."""
    rows = (
        ArticleCause.objects.filter(article=article, cause__active=True)
        .exclude(status=ArticleCause.Status.REJECTED)
        .select_related("cause")
        # Staff notes and detection phrases are long and never shown here.
        .defer("cause__description", "cause__phrases", "cause__patterns")
        .order_by("-confidence", "cause__position", "cause__slug")
    )
    inputs, causes, red_flags = [], [], []
    for row in rows:
        if row.cause.is_red_flag:
            red_flags.append({"evidence": list(row.evidence)})
            continue
        confirmed = row.status == ArticleCause.Status.CONFIRMED
        confidence = 1.0 if confirmed else row.confidence
        evidence = [str(sentence) for sentence in row.evidence]
        inputs.append(
            CauseInput(
                cause=row.cause,
                confidence=confidence,
                evidence=evidence[0] if evidence else "",
                sentences=tuple(evidence),
                prominence=cause_prominence(
                    sentence_count=len(evidence),
                    in_title=evidence_in_title(sentences=evidence, title=article.title),
                ),
            )
        )
        causes.append(cause_dict(cause=row.cause, confidence=confidence, evidence=evidence))
    return inputs, causes, red_flags


def article_ground(*, article: Article) -> bool | None:
    """False when the article never speaks of trails: road gear first. Otherwise None: an
    article that brings up trails writes for road and trail runners alike (a buying guide, a
    section on surfaces), so road and trail gear stay level. A shopper who speaks of trails
    is a trail runner (see ``products_rank``) and sees trail gear first."""
    if text_is_off_road([article.title, article.summary, article.body_markdown]):
        return None
    return False


def _fingerprint(payload: dict[str, Any]) -> str:
    text = json.dumps(payload, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def article_recommendations_compute(*, article: Article) -> dict[str, Any]:
    """The article's stored payload: ranked products for its causes, with reasons and advice.

    Reads only; ``article_recommendations_store`` writes the result.
    """
    inputs, causes, red_flags = article_cause_inputs(article=article)
    context = RankingContext(
        limit=recommender_settings.STORED_PRODUCTS,
        category_cap=None,  # the cap applies to what a request shows, see payload_present
        diversity=recommender_settings.DIVERSITY,
        off_road=article_ground(article=article),
    )
    ranked, cards = products_rank(
        causes=inputs,
        article_id=article.pk,
        context=context,
        signals=signals_load(article_id=article.pk) if inputs else NO_SIGNALS,
    )
    payload = {
        "_version": PAYLOAD_VERSION,
        "article": article.slug,
        "causes": causes,
        "red_flags": red_flags,
        "products": products_build(ranked, cards),
        "_advice": {item.cause.slug: item.cause.advice for item in inputs},
    }
    payload["_fingerprint"] = _fingerprint(payload)
    return payload


def article_recommendations_store(*, article: Article) -> ArticleRecommendation:
    """Compute and store the article's recommendations, and refresh the cached copy."""
    payload = article_recommendations_compute(article=article)
    fingerprint = payload["_fingerprint"]
    changed = False
    with transaction.atomic():
        row = ArticleRecommendation.objects.select_for_update().filter(article=article).first()
        unchanged = row is not None and row.fingerprint == fingerprint
        if unchanged and row.payload.get("_fingerprint") == fingerprint:
            if row.stale:
                row.stale = False
                row.save(update_fields=["stale"])
        else:
            row, _ = ArticleRecommendation.objects.update_or_create(
                article=article,
                defaults={
                    "payload": payload,
                    "computed_at": timezone.now(),
                    "fingerprint": fingerprint,
                    "stale": False,
                },
            )
            row.products.set(payload_product_ids(payload))
            changed = True
    # Now for this process, and again after commit over any older copy a reader put back.
    cache_set(cache_key(article.pk), row.payload)
    transaction.on_commit(lambda: cache_set(cache_key(article.pk), row.payload))
    if changed:  # answers rendered from the old payload (or a provisional one) go
        article_responses_drop([article.pk])
        transaction.on_commit(lambda: article_responses_drop([article.pk]))
    return row


def article_recommendations_mark_stale(*, article_ids: Iterable[int]) -> list[int]:
    """Drop cached copies now, flag stored rows, and queue recomputation in chunks."""
    from recommender.tasks import article_recommendations_queue

    ids = sorted(set(article_ids))
    if not ids:
        return []
    # Rows already stale are already queued: a burst of changes recomputes each article once.
    queued = set(
        ArticleRecommendation.objects.filter(article_id__in=ids, stale=True).values_list(
            "article_id", flat=True
        )
    )
    ArticleRecommendation.objects.filter(article_id__in=ids, stale=False).update(stale=True)
    # Now, and again after commit so a reader in between cannot put the old copy back.
    cache_delete_articles(ids)
    transaction.on_commit(lambda: cache_delete_articles(ids))
    article_recommendations_queue(article_ids=[pk for pk in ids if pk not in queued])
    return ids
