"""Symptom-check plan now and a check-in later; never for red-flag words."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from django.db import transaction
from django.utils import timezone

from recommender.campaigns.services.flows.common import (
    PLAN_CONSENT_TEXT,
    PLAN_SOURCE,
    Kind,
    PlanRefused,
    email_cards,
    flow_draft,
    flow_enabled_get,
)
from recommender.followups.models import OutboxMessage, Subscriber
from recommender.followups.services import outbox_enqueue_many, subscriber_subscribe


def _request_key(text: str, answers: Mapping[str, Any] | None) -> str:
    normal = " ".join((text or "").lower().split())
    blob = json.dumps({"text": normal, "answers": answers or {}}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


def plan_request(
    *,
    email: str,
    first_name: str = "",
    text: str,
    answers: Mapping[str, Any] | None = None,
    ip: str | None = None,
    user_agent: str = "",
) -> list[OutboxMessage]:
    """A shopper on /check/ asks for their plan by email: the plan now, a check-in later.

    Red-flag words (or answers) raise PlanRefused before anything is stored or sent. The
    plan goes out at once because the shopper asked for it; the check-in is marketing and
    goes out only if they confirmed their subscription by then. Asking twice with the same
    words sends nothing more. Bad input raises ValidationError.
    """
    from recommender.selectors import diagnose_result

    result = diagnose_result(text=text, answers=dict(answers or {}))
    if result.get("red_flags"):
        raise PlanRefused(
            "These words suggest a problem for a medical professional; no plan is emailed."
        )
    plan_flow, checkin_flow = (
        flow_enabled_get(Kind.SYMPTOM_CHECK_PLAN),
        flow_enabled_get(Kind.SYMPTOM_CHECK_CHECKIN),
    )
    if plan_flow is None and checkin_flow is None:
        return []
    with transaction.atomic():
        subscriber = subscriber_subscribe(
            email=email,
            first_name=first_name,
            source=PLAN_SOURCE,
            text_shown=PLAN_CONSENT_TEXT,
            ip=ip,
            user_agent=user_agent,
        )
        causes = [cause for cause in result.get("causes") or [] if cause.get("slug")]
        _interests_add(subscriber, [cause["slug"] for cause in causes])
        context = {
            "headline": "Your plan",
            "causes": [cause["name"] for cause in causes],
            "paragraphs": [item["text"] for item in result.get("advice") or [] if item.get("text")],
            "products": email_cards(result.get("products") or []),
        }
        key = _request_key(text, answers)
        now = timezone.now()
        drafts = []
        if plan_flow is not None:
            drafts.append(
                flow_draft(
                    plan_flow,
                    subscriber_id=subscriber.pk,
                    email=subscriber.email,
                    key=key,
                    context=context,
                    first_name=subscriber.first_name,
                    send_after=now + plan_flow.delay,
                    category=OutboxMessage.Category.TRANSACTIONAL,
                )
            )
        if checkin_flow is not None:
            drafts.append(
                flow_draft(
                    checkin_flow,
                    subscriber_id=subscriber.pk,
                    email=subscriber.email,
                    key=key,
                    context={**context, "headline": "How is it going?"},
                    first_name=subscriber.first_name,
                    send_after=now + checkin_flow.delay,
                )
            )
        outbox_enqueue_many(drafts=drafts)
    keys = [draft.trigger_key for draft in drafts]
    return list(OutboxMessage.objects.filter(to_email=subscriber.email, trigger_key__in=keys))


def _interests_add(subscriber: Subscriber, slugs: list[str]) -> None:
    current = subscriber.interests if isinstance(subscriber.interests, list) else []
    merged = list(dict.fromkeys([*current, *slugs]))
    if merged != current:
        Subscriber.objects.filter(pk=subscriber.pk).update(interests=merged)
