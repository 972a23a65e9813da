"""Provider webhooks through anymail's real URL and parser (Postmark's payload shape)."""

import base64
import json
from datetime import timedelta

import pytest
from anymail.signals import AnymailTrackingEvent
from django.utils import timezone

from recommender.followups.models import OutboxMessage, ProviderEvent, Suppression
from recommender.followups.webhooks import _is_soft_bounce
from tests.followups.factories import OutboxMessageFactory

pytestmark = pytest.mark.django_db

URL = "/anymail/postmark/tracking/"
SECRET = "postmark-hook:s3cret-words"


@pytest.fixture(autouse=True)
def webhook_secret(settings):
    settings.ANYMAIL = {"WEBHOOK_SECRET": SECRET}


def _auth(secret: str = SECRET) -> dict:
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(secret.encode()).decode()}


def _bounce(email="gone@example.com", event_id=4323372036854775807, kind="HardBounce") -> dict:
    return {
        "RecordType": "Bounce",
        "ID": event_id,
        "Type": kind,
        "TypeCode": 1,
        "Name": "Hard bounce",
        "Tag": "campaign",
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "ServerID": 23,
        "Description": "The server was unable to deliver your message (unknown user).",
        "Details": "smtp;550 5.1.1 The email account that you tried to reach does not exist",
        "Email": email,
        "From": "hello@stridewise.example",
        "BouncedAt": "2026-11-05T16:33:54.9070259Z",
        "DumpAvailable": True,
        "Inactive": True,
        "CanActivate": True,
        "Subject": "Your spring running plan",
        "MessageStream": "outbound",
    }


def _post(client, payload, **headers):
    return client.post(URL, json.dumps(payload), content_type="application/json", **headers)


def test_hard_bounce_suppresses_the_address_and_cancels_its_queued_mail(client):
    queued = OutboxMessageFactory(to_email="gone@example.com")

    response = _post(client, _bounce(), **_auth())

    assert response.status_code == 200
    suppression = Suppression.objects.get(email="gone@example.com")
    assert suppression.reason == Suppression.Reason.BOUNCE
    assert suppression.provider_event_id == "4323372036854775807"
    assert "does not exist" in suppression.detail
    event = ProviderEvent.objects.get()
    assert (event.esp, event.event_type) == ("Postmark", "bounced")
    queued.refresh_from_db()
    assert queued.state == OutboxMessage.State.CANCELLED


def test_spam_complaint_suppresses_as_complaint(client):
    payload = {
        **_bounce(email="angry@example.com", event_id=99),
        "RecordType": "SpamComplaint",
        "Type": "SpamComplaint",
    }
    assert _post(client, payload, **_auth()).status_code == 200
    assert Suppression.objects.get(email="angry@example.com").reason == "complaint"


def test_the_same_event_twice_is_recorded_once(client):
    assert _post(client, _bounce(), **_auth()).status_code == 200
    Suppression.objects.all().delete()  # staff lifted it in between
    assert _post(client, _bounce(), **_auth()).status_code == 200
    assert ProviderEvent.objects.count() == 1
    assert not Suppression.objects.exists()  # the replay did not put it back


def test_a_delivery_event_records_but_suppresses_nothing(client):
    payload = {
        "RecordType": "Delivery",
        "MessageID": "00000000-0000-0000-0000-000000000000",
        "Recipient": "happy@example.com",
        "DeliveredAt": "2026-11-05T16:33:54Z",
        "Details": "Test delivery webhook details",
        "Tag": "welcome",
        "ServerID": 23,
        "MessageStream": "outbound",
    }
    assert _post(client, payload, **_auth()).status_code == 200
    assert _post(client, payload, **_auth()).status_code == 200  # no id: hashed, still once
    assert ProviderEvent.objects.get().event_type == "delivered"
    assert not Suppression.objects.exists()


@pytest.mark.parametrize("headers", [{}, _auth("postmark-hook:wrong")])
def test_webhooks_without_the_secret_are_refused(client, headers):
    response = _post(client, _bounce(), **headers)
    assert response.status_code in (400, 401, 403)
    assert not Suppression.objects.exists()
    assert not ProviderEvent.objects.exists()


def _soft_bounce(event_id: int, email: str = "full@example.com") -> dict:
    return {
        **_bounce(email=email, event_id=event_id, kind="SoftBounce"),
        "TypeCode": 4096,
        "Name": "Soft bounce",
        "Description": "The server could not temporarily deliver your message.",
        "Details": "smtp;452 4.2.2 The email account that you tried to reach is over quota",
        "Inactive": False,
    }


def test_one_soft_bounce_is_recorded_but_keeps_the_address_and_its_mail(client):
    queued = OutboxMessageFactory(to_email="full@example.com")

    assert _post(client, _soft_bounce(1), **_auth()).status_code == 200

    assert ProviderEvent.objects.get().event_type == "soft_bounced"
    assert not Suppression.objects.exists()
    queued.refresh_from_db()
    assert queued.state == OutboxMessage.State.QUEUED


def test_soft_bounces_that_keep_coming_suppress_the_address(client, settings):
    settings.STRIDEWISE_EMAIL = {**settings.STRIDEWISE_EMAIL, "SOFT_BOUNCE_LIMIT": 3}
    for event_id in (1, 2):
        assert _post(client, _soft_bounce(event_id), **_auth()).status_code == 200
    _post(client, _soft_bounce(9, email="other@example.com"), **_auth())
    assert not Suppression.objects.exists()

    assert _post(client, _soft_bounce(3, email="FULL@example.com"), **_auth()).status_code == 200

    suppression = Suppression.objects.get()
    assert suppression.email == "full@example.com"
    assert suppression.reason == Suppression.Reason.BOUNCE
    assert suppression.detail.startswith("3 soft bounces within 30 days")


def test_soft_bounces_older_than_the_window_do_not_count(client):
    for event_id in (1, 2):
        _post(client, _soft_bounce(event_id), **_auth())
    ProviderEvent.objects.update(created_at=timezone.now() - timedelta(days=45))

    _post(client, _soft_bounce(3), **_auth())

    assert not Suppression.objects.exists()


@pytest.mark.parametrize(
    ("reply", "soft"),
    [
        ("421 4.4.2 Connection timed out", True),
        ("smtp; 452 4.2.2 Mailbox full", True),
        ("550 5.1.1 No such user", False),
        ("smtp;554 5.7.1 Message rejected; retry 4.2.0 later is not an option", False),
        ("", False),
    ],
)
def test_a_bounce_is_soft_when_the_server_reply_is_temporary(reply, soft):
    """Providers that send no bounce type are judged by the SMTP reply they pass on."""
    event = AnymailTrackingEvent(event_type="bounced", mta_response=reply, esp_event={})
    assert _is_soft_bounce(event) is soft
