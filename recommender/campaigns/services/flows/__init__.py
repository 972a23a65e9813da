"""Flows: automatic follow-ups, planned from events into the outbox.

Every email goes through the outbox's unique (address, trigger) key, so running a flow twice,
or from two workers at once, never sends anything twice. Long delays are rows whose
send_after lies in the future; the delivery sweeper sends them when they are due, and checks
consent and suppression at that moment.
"""

from __future__ import annotations

from datetime import datetime

from recommender.campaigns.services.flows.article import article_followups_plan
from recommender.campaigns.services.flows.common import PlanRefused, email_cards, flow_set_enabled
from recommender.campaigns.services.flows.plan import plan_request
from recommender.campaigns.services.flows.purchase import post_purchase_followups_plan


def flows_run(*, now: datetime | None = None) -> dict[str, int]:
    """The periodic pass over recent events for every event-driven flow."""
    return {
        "article_followup": article_followups_plan(now=now),
        "post_purchase": post_purchase_followups_plan(now=now),
    }


__all__ = [
    "PlanRefused",
    "article_followups_plan",
    "email_cards",
    "flow_set_enabled",
    "flows_run",
    "plan_request",
    "post_purchase_followups_plan",
]
