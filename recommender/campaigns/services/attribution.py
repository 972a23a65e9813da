"""Crediting purchases to the email whose tracked link the buyer followed shortly before."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from recommender.campaigns.conf import campaign_settings
from recommender.campaigns.models import Attribution, TrackedClick
from recommender.models import Event


def _attribution_window() -> timedelta:
    return timedelta(days=float(campaign_settings.ATTRIBUTION_DAYS))


def _last_click_before(moment: datetime, shopper: Q) -> TrackedClick | None:
    """The shopper's latest click on an email within the attribution window before ``moment``."""
    return (
        TrackedClick.objects.filter(
            shopper,
            clicked_at__lte=moment,
            clicked_at__gte=moment - _attribution_window(),
        )
        .order_by("-clicked_at", "-pk")
        .first()
    )


def purchase_attribute(*, event: Event) -> Attribution | None:
    """Credit a purchase event to the latest click by the same shopper in the window before it.

    The shopper is matched through the subscriber behind the clicked email: the same
    anonymous id or the same user account. A purchase is credited once, whoever calls.
    """
    if event.kind != Event.Kind.PURCHASE:
        return None
    existing = Attribution.objects.filter(purchase_event_id=event.pk).first()
    if existing is not None:
        return existing
    same_shopper = Q()
    if event.anonymous_id:
        same_shopper |= Q(outbox_message__subscriber__anonymous_id=event.anonymous_id)
    if event.user_id:
        same_shopper |= Q(outbox_message__subscriber__user_id=event.user_id)
    if not same_shopper:
        return None
    click = _last_click_before(event.created_at, same_shopper)
    if click is None:
        return None
    try:
        with transaction.atomic():
            return Attribution.objects.create(
                outbox_message_id=click.outbox_message_id,
                click=click,
                purchase_event_id=event.pk,
                product_id=event.product_id,
                value=event.value if event.value is not None else Decimal("0"),
                attributed_at=timezone.now(),
            )
    except IntegrityError:  # another worker credited it a moment ago
        return Attribution.objects.filter(purchase_event_id=event.pk).first()


def order_attribute(
    *,
    order_ref: str,
    email: str,
    value: Decimal,
    purchased_at: datetime | None = None,
    product_id: int | None = None,
) -> Attribution | None:
    """Credit an order the shop reports by reference and buyer's address (no event needed).

    The latest click on an email to that address in the window before the order wins; the
    same order reference is credited once.
    """
    order_ref = (order_ref or "").strip()[:100]
    if not order_ref:
        raise ValueError("An order needs its reference.")
    existing = Attribution.objects.filter(order_ref=order_ref).first()
    if existing is not None:
        return existing
    purchased_at = purchased_at or timezone.now()
    click = _last_click_before(
        purchased_at, Q(outbox_message__to_email=(email or "").strip().lower())
    )
    if click is None:
        return None
    try:
        with transaction.atomic():
            return Attribution.objects.create(
                outbox_message_id=click.outbox_message_id,
                click=click,
                order_ref=order_ref,
                product_id=product_id,
                value=value,
                attributed_at=timezone.now(),
            )
    except IntegrityError:
        return Attribution.objects.filter(order_ref=order_ref).first()


def purchases_attribute_recent(*, since: datetime | None = None) -> int:
    """Credit purchases made since ``since`` (default: one attribution window) not yet credited.

    The periodic safety net: it needs no hook in the event service, and running it twice
    credits nothing twice. Returns how many purchases were newly credited.
    """
    since = since or timezone.now() - _attribution_window()
    credited = Attribution.objects.filter(purchase_event_id__isnull=False).values(
        "purchase_event_id"
    )
    purchases = (
        Event.objects.filter(kind=Event.Kind.PURCHASE, created_at__gte=since)
        .exclude(pk__in=credited)
        .order_by("created_at", "pk")
    )
    count = 0
    for event in purchases.iterator(chunk_size=500):
        attribution = purchase_attribute(event=event)
        if attribution is not None and attribution.purchase_event_id == event.pk:
            count += 1
    return count
