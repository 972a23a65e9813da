from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from recommender.campaigns.models import Attribution, TrackedClick
from recommender.campaigns.selectors import email_stats_by_source
from recommender.campaigns.services import (
    order_attribute,
    purchase_attribute,
    purchases_attribute_recent,
)
from recommender.models import Event
from tests.campaigns.factories import EventFactory, SubscriberFactory
from tests.followups.factories import OutboxMessageFactory

pytestmark = pytest.mark.django_db


def _clicked(days_ago: float, *, anonymous_id="anon-buyer", source="campaign:1"):
    subscriber = SubscriberFactory(anonymous_id=anonymous_id)
    message = OutboxMessageFactory(
        subscriber=subscriber, source=source, state="sent", sent_at=timezone.now()
    )
    TrackedClick.objects.create(
        outbox_message=message, url="/p/x/", clicked_at=timezone.now() - timedelta(days=days_ago)
    )
    return message


def _purchase(product, *, anonymous_id="anon-buyer", value="59.90"):
    return EventFactory(
        kind=Event.Kind.PURCHASE, anonymous_id=anonymous_id, product=product, value=Decimal(value)
    )


def test_a_purchase_within_seven_days_of_a_click_is_credited_once(catalog):
    message = _clicked(days_ago=6)
    event = _purchase(catalog["shoes"])

    first = purchase_attribute(event=event)
    again = purchase_attribute(event=event)

    assert first is not None and first == again
    assert first.outbox_message == message
    assert first.value == Decimal("59.90")
    assert first.product == catalog["shoes"]
    assert Attribution.objects.count() == 1
    stats = email_stats_by_source(sources=["campaign:1"])["campaign:1"]
    assert (stats.sent, stats.clicked, stats.purchases, stats.revenue) == (
        1,
        1,
        1,
        Decimal("59.90"),
    )


def test_a_purchase_more_than_seven_days_after_the_click_is_not_credited(catalog):
    _clicked(days_ago=8)
    event = _purchase(catalog["shoes"])

    assert purchase_attribute(event=event) is None
    assert not Attribution.objects.exists()


def test_a_purchase_by_someone_else_is_not_credited(catalog):
    _clicked(days_ago=1)
    event = _purchase(catalog["shoes"], anonymous_id="anon-stranger")

    assert purchase_attribute(event=event) is None


def test_the_periodic_pass_credits_new_purchases_and_nothing_twice(catalog):
    _clicked(days_ago=2)
    _purchase(catalog["shoes"])
    _purchase(catalog["socks"], value="15.00")

    assert purchases_attribute_recent() == 2
    assert purchases_attribute_recent() == 0
    assert Attribution.objects.count() == 2


def test_an_order_reported_by_reference_is_credited_by_the_buyers_address():
    message = _clicked(days_ago=3)

    first = order_attribute(
        order_ref="SW-1001", email=message.to_email.upper(), value=Decimal("80")
    )
    again = order_attribute(order_ref="SW-1001", email=message.to_email, value=Decimal("80"))
    late = order_attribute(
        order_ref="SW-1002",
        email=message.to_email,
        value=Decimal("20"),
        purchased_at=timezone.now() + timedelta(days=5),
    )

    assert first is not None and first == again
    assert first.outbox_message == message
    assert late is None
    assert Attribution.objects.count() == 1


def test_a_purchase_reported_to_the_events_api_is_credited_at_once(
    catalog, client, django_capture_on_commit_callbacks
):
    message = _clicked(days_ago=1)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v1/events/",
            {
                "kind": "purchase",
                "product": catalog["shoes"].sku,
                "anonymous_id": "anon-buyer",
                "value": "89.00",
            },
            content_type="application/json",
        )

    assert response.status_code == 201, response.content
    attribution = Attribution.objects.get()
    assert attribution.outbox_message == message
    assert attribution.value == Decimal("89.00")
