import re

import pytest
from django.core import mail
from django.test import Client

from recommender.followups import tokens
from recommender.followups.models import ConsentRecord, OutboxMessage, Subscriber
from recommender.followups.services import outbox_send_batch, unsubscribe_url
from tests.followups.factories import OutboxMessageFactory, SubscriberFactory

pytestmark = pytest.mark.django_db


def _path(url: str) -> str:
    return re.sub(r"^https://shop\.example", "", url)


def test_get_shows_a_button_and_changes_nothing(client):
    subscriber = SubscriberFactory()
    response = client.get(_path(unsubscribe_url(subscriber=subscriber)))
    assert response.status_code == 200
    assert b"<button" in response.content
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_one_click_post_without_cookies_or_csrf_unsubscribes_at_once():
    subscriber = SubscriberFactory()
    queued = OutboxMessageFactory(subscriber=subscriber)
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        _path(unsubscribe_url(subscriber=subscriber)),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200  # no redirect
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    consent = ConsentRecord.objects.get(subscriber=subscriber, action="unsubscribed")
    assert consent.source == "one-click header"
    queued.refresh_from_db()
    assert queued.state == OutboxMessage.State.CANCELLED
    outbox_send_batch(ids=[queued.pk])
    assert mail.outbox == []


def test_the_link_in_a_sent_email_unsubscribes(client):
    row = OutboxMessageFactory()
    outbox_send_batch(ids=[row.pk])
    link = mail.outbox[0].extra_headers["List-Unsubscribe"].split(">")[0][1:]

    assert client.post(_path(link)).status_code == 200
    assert Subscriber.objects.get(pk=row.subscriber_id).status == "unsubscribed"
    assert client.post(_path(link)).status_code == 200  # twice is harmless
    assert ConsentRecord.objects.filter(action="unsubscribed").count() == 1


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        "MQ:1tFake:abcdefghijklmnopqrstuvwxyz0",
    ],
)
def test_forged_tokens_are_refused_and_change_nothing(client, token):
    subscriber = SubscriberFactory()
    for method in (client.get, client.post):
        response = method(f"/email/unsubscribe/{token}/")
        assert response.status_code == 400
        assert b"not valid" in response.content
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_a_confirmation_token_cannot_unsubscribe(client):
    subscriber = SubscriberFactory()
    token = tokens.token_make(purpose=tokens.CONFIRM, value=subscriber.pk)
    assert client.post(f"/email/unsubscribe/{token}/").status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_expired_token_is_refused(client, email_settings_for_tests):
    subscriber = SubscriberFactory()
    path = _path(unsubscribe_url(subscriber=subscriber))
    email_settings_for_tests["UNSUBSCRIBE_MAX_AGE_DAYS"] = -1
    assert client.post(path).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_token_for_a_deleted_subscriber_is_404(client):
    subscriber = SubscriberFactory()
    path = _path(unsubscribe_url(subscriber=subscriber))
    subscriber.delete()
    assert client.post(path).status_code == 404
