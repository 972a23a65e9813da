"""Pieces every flow uses: the flow row, product cards, outbox drafts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from recommender.campaigns.conf import campaign_settings
from recommender.campaigns.models import Flow
from recommender.campaigns.products import absolute_url
from recommender.campaigns.services.content import text_fill
from recommender.followups.models import OutboxMessage
from recommender.followups.services import OutboxDraft

Kind = Flow.Kind
PLAN_SOURCE = "/check/"
PLAN_CONSENT_TEXT = (
    "Email me my plan now, a check-in in a week, and product picks for my running pain. "
    "I can unsubscribe at any time."
)


class PlanRefused(Exception):
    """No plan email: the shopper's words are red flags (see a medical professional instead)."""


def flow_set_enabled(*, flows: QuerySet[Flow], enabled: bool) -> int:
    return flows.update(enabled=enabled, updated_at=timezone.now())


def flow_enabled_get(kind: str) -> Flow | None:
    return Flow.objects.filter(kind=kind, enabled=True).first()


def email_cards(products: Iterable[Mapping[str, Any]], *, limit: int | None = None) -> list[dict]:
    """The recommender's product dicts as the email's product cards."""
    limit = int(limit or campaign_settings.PRODUCTS_PER_EMAIL)
    cards = []
    for product in list(products)[:limit]:
        reasons = product.get("reasons") or []
        cards.append(
            {
                "sku": product["sku"],
                "name": product["name"],
                "price": str(product["price"]),
                "currency": product.get("currency", ""),
                "image_url": absolute_url(product.get("image_url") or ""),
                "url": absolute_url(product.get("url") or "/"),
                "reason": reasons[0]["text"] if reasons else product.get("reason", ""),
            }
        )
    return cards


def flow_draft(
    flow: Flow,
    *,
    subscriber_id: int | None,
    email: str,
    key: str,
    context: dict,
    title: str = "",
    first_name: str = "",
    send_after: datetime | None = None,
    category: str = OutboxMessage.Category.MARKETING,
) -> OutboxDraft:
    return OutboxDraft(
        to_email=email,
        trigger_key=f"flow:{flow.kind}:{key}",
        template=flow.template,
        subject=text_fill(flow.subject, title=title, first_name=first_name),
        category=category,
        context={**context, "intro": text_fill(flow.intro, title=title, first_name=first_name)},
        send_after=send_after,
        subscriber_id=subscriber_id,
        source=flow.source,
    )
