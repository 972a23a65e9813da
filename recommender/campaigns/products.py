"""Products for an email: a set of causes -> ranked products with the reason for each.

Goes through the recommender's own pieces (staff rules, merchandising, the configured product
selector and ranker), so an email shows what the article pages would show for those causes.
Results are plain dicts that fit in an outbox row's JSON context.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings

from recommender.catalog import product_selector_get
from recommender.conf import recommender_settings
from recommender.models import Cause
from recommender.ranking import RankingContext, ranker_load
from recommender.services.ranking_inputs import (
    CauseInput,
    merchandising_load,
    rule_list_for_causes,
    rule_queries_build,
)

# Rows the selector hands the ranker per cause set; plenty for a few cards per email.
_CANDIDATE_LIMIT = 200


def absolute_url(url: str) -> str:
    """Email clients have no base URL: every link and image must carry the site's address."""
    if url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL + (url if url.startswith("/") else f"/{url}")


def product_cards_for_causes(*, cause_slugs: Iterable[str], limit: int) -> list[dict]:
    """Up to ``limit`` product cards (sku, name, price, image, reason) for these causes.

    Causes that are unknown, inactive, red flags or not helped by products are left out.
    The cost is a fixed number of queries, whatever the catalog holds.
    """
    slugs = sorted(set(cause_slugs))
    if not slugs or limit <= 0:
        return []
    causes = list(
        Cause.objects.filter(slug__in=slugs, active=True, is_red_flag=False, products_help=True)
    )
    if not causes:
        return []
    inputs = [CauseInput(cause=cause, confidence=1.0, evidence="") for cause in causes]
    rules = rule_queries_build(
        causes=inputs, rules=rule_list_for_causes(cause_ids=[c.pk for c in causes])
    )
    steering = merchandising_load(causes=inputs, article_id=None)
    selector = product_selector_get()
    candidates = selector.candidates_for_rules(
        rules, include_ids=sorted(steering.product_ids), limit=_CANDIDATE_LIMIT
    )
    ranked = ranker_load(recommender_settings.RANKER).rank(
        candidates=candidates,
        context=RankingContext(limit=limit),
        merchandising=steering.steering,
    )
    cards = selector.products_by_ids([item.product_id for item in ranked])
    names = {cause.slug: cause.name for cause in causes}
    result = []
    for item in ranked:
        card = cards.get(item.product_id)
        if card is None or not card.available:
            continue
        reason = item.reasons[0] if item.reasons else None
        result.append(
            {
                "sku": card.sku,
                "name": card.name,
                "price": card.price,
                "currency": card.currency,
                "image_url": absolute_url(card.image_url),
                "url": absolute_url(card.url),
                "reason": reason.text if reason else "",
                "cause": names.get(reason.cause_slug, "") if reason else "",
            }
        )
    return result
