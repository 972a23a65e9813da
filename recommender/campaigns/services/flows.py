"""Flows: automatic follow-ups. Every email goes through the outbox's unique (address, trigger)
key, so running a flow twice, or from two workers, never sends anything twice.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone

from recommender.campaigns.models import Flow


def flow_set_enabled(*, flows: QuerySet[Flow], enabled: bool) -> int:
    return flows.update(enabled=enabled, updated_at=timezone.now())
