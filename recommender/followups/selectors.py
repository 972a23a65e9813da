"""Reads for follow-up email."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from recommender.followups.models import OutboxMessage, Subscriber, Suppression


def outbox_counts_by_state(*, queryset: QuerySet | None = None) -> dict[str, int]:
    rows = (queryset if queryset is not None else OutboxMessage.objects.all()).order_by()
    counts = dict(rows.values_list("state").annotate(n=Count("id")))
    return {state: counts.get(state, 0) for state in OutboxMessage.State.values}


def subscriber_get_by_email(*, email: str) -> Subscriber | None:
    return Subscriber.objects.filter(email=(email or "").strip().lower()).first()


def subscriber_list_emailable(*, marketing: bool = True) -> QuerySet[Subscriber]:
    """Confirmed subscribers whose address is not suppressed: who may get marketing email now."""
    suppressed = Suppression.objects.values("email")
    return Subscriber.objects.filter(
        Q(status=Subscriber.Status.CONFIRMED) if marketing else ~Q(status="unsubscribed")
    ).exclude(email__in=suppressed)


def address_is_suppressed(*, email: str) -> bool:
    return Suppression.objects.filter(email=(email or "").strip().lower()).exists()
