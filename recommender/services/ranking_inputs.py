"""Load what the ranker reads (rules, merchandising, behaviour) as its plain values.

Each loader costs a fixed number of queries whatever the catalog or event table holds.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from django.db.models import Prefetch, Q

from recommender.catalog import RuleQuery
from recommender.models import ArticleProductSignal, Cause, CauseProductRule, Merchandising
from recommender.models.rules import rule_catalogue
from recommender.ranking import Merchandising as Steering
from recommender.ranking import RuleMatch, Signals
from recommender.ranking.conditions import (
    Condition,
    ConditionSyntaxError,
    EvidenceCondition,
    catalogue_build,
    parse_evidence_condition,
    selector_build,
)
from recommender.ranking.conditions.evidence import AnyOf
from shop.models import Category

logger = logging.getLogger(__name__)

# Shown beside a product staff pinned for a cause that no rule of the cause selects.
PINNED_REASON = "Chosen by our staff for this."
# Readers' behaviour considered per article: the strongest signals only.
SIGNALS_PER_ARTICLE = 200


@dataclass(frozen=True)
class CauseInput:
    """A cause the ranker should answer, with how sure we are and the sentence that raised it.

    ``sentences`` are all the evidence sentences for the cause: rules with an evidence
    condition are judged on them (none: as if the text said nothing about the cause).
    ``prominence`` (0..1) is how central the cause is to the text it came from: a cause an
    article argues over several sentences outweighs one it mentions in passing.
    """

    cause: Cause
    confidence: float
    evidence: str
    sentences: tuple[str, ...] = ()
    prominence: float = 1.0

    @property
    def strength(self) -> float:
        """What the ranker weighs the cause's rules by: confidence x prominence."""
        return self.confidence * self.prominence


# Prominence of an article's cause by how many evidence sentences detection kept for it
# (detection keeps at most three): one passing sentence counts for less than a full argument.
PROMINENCE_BY_SENTENCES = (0.6, 0.7, 0.8, 0.9)
# Added when the article's title is among the cause's evidence: the article is about it.
TITLE_PROMINENCE = 0.1


def cause_prominence(*, sentence_count: int, in_title: bool = False) -> float:
    """0..1: how central a cause is to an article, from its evidence sentences and title."""
    index = max(0, min(sentence_count, len(PROMINENCE_BY_SENTENCES) - 1))
    return PROMINENCE_BY_SENTENCES[index] + (TITLE_PROMINENCE if in_title else 0.0)


def _normalised(text: str) -> str:
    return " ".join(text.replace("*", " ").replace("#", " ").split()).casefold()


def evidence_in_title(*, sentences: Iterable[str], title: str) -> bool:
    """Whether one of the sentences is the title (or holds it whole)."""
    title = _normalised(title)
    return bool(title) and any(title in _normalised(sentence) for sentence in sentences)


# Words that put a text on trails or other rough ground: trails, mud, dirt, fells, bogs,
# moors, forest and woodland paths, scree, cross-country. "Gravel path" and "track" are
# offered as softer places to run in road shoes, and hills or a mountain holiday are as often
# run on tarmac, so they do not count ("hills with dirt" counts by its dirt). "Fell" counts
# only as the fells or fell running, never as the past of "fall".
_OFF_ROAD = re.compile(
    r"\b(?:trails?|trail[- ]?runn\w*|off[- ]?road\w*|off[- ]?trail|fells|fellside"
    r"|fell[- ]?(?:runn\w*|runs?|races?|racing|shoes?)|mud|muddy|mudd\w+|dirt|boggy|bogs?"
    r"|moors?|moorland|forests?|woodlands?|(?:in|through) the woods|scree|singletrack"
    r"|single[- ]track|unpaved|cross[- ]?country|hiking|rocky|technical terrain)\b",
    re.IGNORECASE,
)


def text_is_off_road(texts: Iterable[str]) -> bool:
    """Whether any of these texts speaks of trails, mud, dirt, fells, forest paths and the like."""
    return any(_OFF_ROAD.search(text) for text in texts if text)


# (rule id, updated_at, categories) -> parsed selector; rules change rarely, parsing is pure.
_SELECTOR_CACHE: dict[tuple, Condition] = {}


def _rule_selector(rule: CauseProductRule, categories: list[str]) -> Condition | None:
    key = (rule.pk, rule.updated_at, rule.conditions, tuple(categories))
    selector = _SELECTOR_CACHE.get(key)
    if selector is not None:
        return selector
    try:
        # The shipped attributes cover nearly every rule; only staff extras need the rows.
        selector = selector_build(
            categories=categories,
            text=rule.conditions,
            catalogue=catalogue_build(categories=categories),
        )
    except ConditionSyntaxError:
        try:
            selector = rule.selector(catalogue=rule_catalogue(), categories=categories)
        except ConditionSyntaxError as exc:
            logger.warning("skipping rule %s: %s", rule.pk, exc)
            return None
    if len(_SELECTOR_CACHE) > 2000:
        _SELECTOR_CACHE.clear()
    _SELECTOR_CACHE[key] = selector
    return selector


# (rule id, updated_at, text) -> parsed evidence condition (None: the rule always applies).
_EVIDENCE_CACHE: dict[tuple, EvidenceCondition | None] = {}
# A condition that no longer parses (edited outside the admin) keeps its rule out.
_NEVER = EvidenceCondition(AnyOf(()))


def _rule_evidence(rule: CauseProductRule) -> EvidenceCondition | None:
    text = rule.evidence_condition
    if not text:
        return None
    key = (rule.pk, rule.updated_at, text)
    if key in _EVIDENCE_CACHE:
        return _EVIDENCE_CACHE[key]
    try:
        condition = parse_evidence_condition(text)
    except ConditionSyntaxError as exc:
        logger.warning("skipping rule %s: evidence condition: %s", rule.pk, exc)
        condition = _NEVER
    if len(_EVIDENCE_CACHE) > 2000:
        _EVIDENCE_CACHE.clear()
    _EVIDENCE_CACHE[key] = condition
    return condition


def rule_evidence_quote(rule: CauseProductRule, item: CauseInput) -> str | None:
    """The sentence to show for this rule, or None when the rule does not apply to the input.

    A rule without an evidence condition applies and quotes the cause's first sentence; one
    with a condition applies when the evidence meets it, and quotes the sentence that does.
    """
    condition = _rule_evidence(rule)
    if condition is None:
        return item.evidence
    if not condition.holds(item.sentences):
        return None
    return condition.quote(item.sentences) or item.evidence


def rule_list_for_causes(*, cause_ids: Iterable[int]) -> list[CauseProductRule]:
    """Active rules of these causes with their categories (two queries)."""
    return list(
        CauseProductRule.objects.filter(cause_id__in=list(cause_ids), active=True)
        .select_related("cause")
        .prefetch_related(Prefetch("categories", queryset=Category.objects.only("pk", "slug")))
        .order_by("cause_id", "position", "pk")
    )


def rule_queries_build(
    *,
    causes: Sequence[CauseInput],
    rules: Sequence[CauseProductRule],
    any_evidence: bool = False,
) -> list[RuleQuery]:
    """One query per rule that applies to these causes as the inputs word them.

    ``any_evidence`` keeps every rule whatever its evidence condition: for finding which
    articles a product change can reach, not for ranking.
    """
    by_cause = {item.cause.pk: item for item in causes}
    queries = []
    for rule in rules:
        item = by_cause.get(rule.cause_id)
        if item is None:
            continue
        evidence = item.evidence if any_evidence else rule_evidence_quote(rule, item)
        if evidence is None:
            continue
        categories = sorted(category.slug for category in rule.categories.all())
        selector = _rule_selector(rule, categories)
        if selector is None:
            continue
        match = RuleMatch(
            cause_slug=item.cause.slug,
            rule_id=rule.pk,
            weight=rule.weight,
            reason_text=rule.reason,
            evidence=evidence,
            cause_confidence=item.strength,
            categories=tuple(categories),
        )
        queries.append(RuleQuery(rule_id=rule.pk, selector=selector, match=match))
    return queries


@dataclass(frozen=True)
class SteeringInput:
    steering: Steering
    # Products staff pinned for a cause, with the match that explains them when no rule does.
    pin_matches: dict[int, list[RuleMatch]]

    @property
    def product_ids(self) -> set[int]:
        steering = self.steering
        ids = set(steering.pinned)
        for pins in steering.pinned_by_cause.values():
            ids.update(pins)
        return ids


def merchandising_load(*, causes: Sequence[CauseInput], article_id: int | None) -> SteeringInput:
    """Staff steering for these causes (and this article): one query."""
    by_id = {item.cause.pk: item for item in causes}
    condition = Q(article__isnull=True, cause_id__in=list(by_id))
    if article_id is not None:
        condition |= Q(article_id=article_id)
    pinned: list[int] = []
    boosts: dict[int, float] = {}
    excluded: set[int] = set()
    pinned_by_cause: dict[str, list[int]] = defaultdict(list)
    boosts_by_cause: dict[str, dict[int, float]] = defaultdict(dict)
    excluded_by_cause: dict[str, set[int]] = defaultdict(set)
    pin_matches: dict[int, list[RuleMatch]] = defaultdict(list)
    rows = Merchandising.objects.filter(condition).order_by("position", "pk")
    for row in rows.values("product_id", "cause_id", "action", "boost_factor"):
        product_id, action = row["product_id"], row["action"]
        if row["cause_id"] is None:
            if action == Merchandising.Action.PIN:
                pinned.append(product_id)
            elif action == Merchandising.Action.BOOST:
                boosts[product_id] = row["boost_factor"]
            else:
                excluded.add(product_id)
            continue
        item = by_id.get(row["cause_id"])
        if item is None:  # an article row for a cause this article does not raise
            continue
        slug = item.cause.slug
        if action == Merchandising.Action.PIN:
            pinned_by_cause[slug].append(product_id)
            pin_matches[product_id].append(
                RuleMatch(
                    cause_slug=slug,
                    rule_id=0,
                    weight=0.0,
                    reason_text=PINNED_REASON,
                    evidence=item.evidence,
                    cause_confidence=item.strength,
                )
            )
        elif action == Merchandising.Action.BOOST:
            boosts_by_cause[slug][product_id] = row["boost_factor"]
        else:
            excluded_by_cause[slug].add(product_id)
    steering = Steering(
        pinned=tuple(pinned),
        pinned_by_cause=MappingProxyType({k: tuple(v) for k, v in pinned_by_cause.items()}),
        boosts=MappingProxyType(boosts),
        boosts_by_cause=MappingProxyType(
            {k: MappingProxyType(v) for k, v in boosts_by_cause.items()}
        ),
        excluded=frozenset(excluded),
        excluded_by_cause=MappingProxyType({k: frozenset(v) for k, v in excluded_by_cause.items()}),
    )
    return SteeringInput(steering=steering, pin_matches=dict(pin_matches))


def signals_load(*, article_id: int) -> Signals:
    """What readers of this article clicked, carted and bought: one query, strongest first."""
    rows = (
        ArticleProductSignal.objects.filter(article_id=article_id, score__gt=0)
        .order_by("-score", "product_id")
        .values_list("product_id", "clicks", "add_to_carts", "purchases")[:SIGNALS_PER_ARTICLE]
    )
    clicks: dict[int, int] = {}
    purchases: dict[int, int] = {}
    for product_id, clicked, carted, bought in rows:
        if clicked or carted:
            clicks[product_id] = clicked + carted
        if bought:
            purchases[product_id] = bought
    return Signals(co_purchases=MappingProxyType(purchases), co_clicks=MappingProxyType(clicks))
