import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from recommender.followups import tokens
from recommender.followups.models import ConsentRecord, OutboxMessage, Subscriber
from recommender.followups.services import subscriber_confirm, subscriber_subscribe

pytestmark = pytest.mark.django_db

CONSENT = "Send me running advice by email."


def _subscribe(email="Ana@Example.com", **extra):
    values = {
        "email": email,
        "first_name": "Ana",
        "timezone": "Europe/Madrid",
        "source": "/articles/back-pain/",
        "text_shown": CONSENT,
        "ip": "203.0.113.9",
        "user_agent": "Firefox",
    }
    return subscriber_subscribe(**{**values, **extra})


def _confirm_link(message) -> str:
    return re.search(r"https://shop\.example(/email/confirm/[^/\s]+/)", message.body).group(1)


def test_subscribe_creates_pending_subscriber_with_consent_and_sends_confirmation(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        subscriber = _subscribe()

    assert subscriber.email == "ana@example.com"
    assert subscriber.status == Subscriber.Status.PENDING
    consent = ConsentRecord.objects.get(subscriber=subscriber)
    assert (consent.action, consent.source, consent.text_shown) == (
        "subscribed",
        "/articles/back-pain/",
        CONSENT,
    )
    assert consent.ip == "203.0.113.9"
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["Ana <ana@example.com>"]
    assert "/email/confirm/" in sent.body
    assert "/email/confirm/" in sent.alternatives[0][0]
    assert "List-Unsubscribe" not in sent.extra_headers  # transactional email
    assert OutboxMessage.objects.get().state == OutboxMessage.State.SENT


def test_subscribing_twice_keeps_one_subscriber_and_one_confirmation_email(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        _subscribe()
        _subscribe(email="ANA@example.com")

    assert Subscriber.objects.count() == 1
    assert OutboxMessage.objects.count() == 1
    assert len(mail.outbox) == 1


def test_confirmation_link_confirms_once(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _subscribe()
    link = _confirm_link(mail.outbox[0])

    response = client.get(link)

    assert response.status_code == 200
    assert b"You are subscribed" in response.content
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert client.get(link).status_code == 200
    assert ConsentRecord.objects.filter(action="confirmed").count() == 1


def test_forged_or_expired_confirmation_link_is_refused(client, settings):
    subscriber = _subscribe()
    forged = tokens.token_make(purpose=tokens.UNSUBSCRIBE, value=subscriber.pk)  # wrong purpose
    assert client.get(f"/email/confirm/{forged}/").status_code == 400
    assert client.get("/email/confirm/not-a-token/").status_code == 400

    settings.STRIDEWISE_EMAIL = {**settings.STRIDEWISE_EMAIL, "CONFIRM_MAX_AGE_DAYS": 0}
    good = tokens.token_make(purpose=tokens.CONFIRM, value=subscriber.pk)
    with pytest.raises(tokens.TokenInvalid):
        subscriber_confirm(token=good)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_confirmation_link_of_a_deleted_subscriber_is_404(client):
    subscriber = _subscribe()
    token = tokens.token_make(purpose=tokens.CONFIRM, value=subscriber.pk)
    subscriber.delete()
    assert client.get(f"/email/confirm/{token}/").status_code == 404


def test_bad_input_names_each_field():
    with pytest.raises(ValidationError) as caught:
        _subscribe(email="not-an-address", timezone="Mars/Olympus")
    assert set(caught.value.message_dict) == {"email", "timezone"}
    assert Subscriber.objects.count() == 0


def test_line_breaks_in_a_first_name_are_removed():
    subscriber = _subscribe(first_name="Ana\r\nBcc: victim@example.com")
    assert subscriber.first_name == "Ana Bcc: victim@example.com"


def test_confirmed_subscriber_who_subscribes_again_stays_confirmed(
    django_capture_on_commit_callbacks,
):
    subscriber = _subscribe()
    Subscriber.objects.filter(pk=subscriber.pk).update(
        status=Subscriber.Status.CONFIRMED, confirmed_at=timezone.now() - timedelta(days=3)
    )
    with django_capture_on_commit_callbacks(execute=True):
        again = _subscribe()
    assert again.status == Subscriber.Status.CONFIRMED
    assert len(mail.outbox) == 0


# API
# ------------------------------------------------------------------------------


def _post(client, **data):
    body = {"email": "kim@example.com", "timezone": "Asia/Tokyo", "consent": True, **data}
    return client.post("/api/v1/subscribers/", body, content_type="application/json")


def test_api_subscribe_answers_the_same_for_new_and_known_addresses(client):
    first = _post(client, first_name="Kim", source="check")
    second = _post(client)

    assert first.status_code == second.status_code == 202
    assert first.json() == second.json()
    subscriber = Subscriber.objects.get()
    assert subscriber.timezone == "Asia/Tokyo"
    assert subscriber.consents.first().source == "api:check"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"consent": False}, "consent"),
        ({"consent": None}, "consent"),
        ({"email": "kim@"}, "email"),
        ({"timezone": "Nowhere/Land"}, "timezone"),
        ({"first_name": "x" * 101}, "first_name"),
    ],
)
def test_api_rejects_bad_input_with_reasons(client, data, field):
    response = _post(client, **data)
    assert response.status_code == 400
    assert field in response.json()
    assert Subscriber.objects.count() == 0


def test_api_rejects_missing_consent(client):
    response = client.post(
        "/api/v1/subscribers/", {"email": "kim@example.com"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "consent" in response.json()


def test_subscribe_endpoint_is_in_the_schema(client):
    schema = client.get("/api/schema/").content.decode()
    assert "/api/v1/subscribers/" in schema


# FORM
# ------------------------------------------------------------------------------


def test_embedded_form_subscribes_and_records_the_page(client):
    response = client.post(
        "/email/subscribe/",
        {"email": "lee@example.com", "consent": "on", "source": "/check/", "timezone": "UTC"},
    )
    assert response.status_code == 200
    assert b"Check your inbox" in response.content
    consent = ConsentRecord.objects.get(subscriber__email="lee@example.com")
    assert consent.source == "/check/"
    assert "unsubscribe" in consent.text_shown


def test_embedded_form_without_consent_is_refused_and_shown_again(client):
    response = client.post("/email/subscribe/", {"email": "lee@example.com"})
    assert response.status_code == 400
    assert b"Tick the box" in response.content
    assert b'name="consent"' in response.content
    assert Subscriber.objects.count() == 0


def test_form_include_renders_in_a_page(rf):
    from django.template import Context, Template

    html = Template('{% include "followups/_subscribe_form.html" %}').render(
        Context({"request": rf.get("/articles/x/")})
    )
    assert 'action="/email/subscribe/"' in html
    assert 'value="/articles/x/"' in html
