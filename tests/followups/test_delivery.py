from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from recommender.followups.models import OutboxMessage, Subscriber
from recommender.followups.services import (
    OutboxDraft,
    outbox_dispatch_due,
    outbox_enqueue,
    outbox_enqueue_many,
    outbox_send_batch,
    subscriber_unsubscribe,
    suppression_add,
)
from tests.followups.factories import OutboxMessageFactory, SubscriberFactory

pytestmark = pytest.mark.django_db
State = OutboxMessage.State


def _enqueue(subscriber, trigger="campaign:1", **extra):
    values = {
        "to_email": subscriber.email,
        "trigger_key": trigger,
        "template": "followups/email/plain",
        "context": {"headline": "Blister-free miles", "paragraphs": ["Try seamless socks."]},
        "subject": "Blister-free miles",
        "category": OutboxMessage.Category.MARKETING,
        "subscriber": subscriber,
    }
    return outbox_enqueue(**{**values, **extra})


def _state(row) -> str:
    row.refresh_from_db()
    return row.state


def test_marketing_email_has_both_parts_unsubscribe_headers_and_postal_address(settings):
    row = OutboxMessageFactory(subscriber=SubscriberFactory(first_name="Jo"))

    outcome = outbox_send_batch(ids=[row.pk])

    assert outcome.sent == 1
    sent = mail.outbox[0]
    assert sent.to == [f"Jo <{row.to_email}>"]
    assert sent.extra_headers["Message-ID"] == row.message_id
    assert row.message_id.endswith("@shop.example>")
    unsubscribe = sent.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<https://shop.example/email/unsubscribe/")
    assert ", <mailto:" in unsubscribe
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = sent.alternatives[0][0]
    link = unsubscribe.split(">")[0][1:]
    assert link in sent.body and link in html
    assert settings.SHOP_POSTAL_ADDRESS in sent.body
    assert settings.SHOP_POSTAL_ADDRESS in html
    assert "Seamless toes help." in sent.body and "Seamless toes help." in html
    row.refresh_from_db()
    assert (row.state, row.attempts) == (State.SENT, 0)
    assert row.sent_at is not None


def test_same_address_and_trigger_is_queued_once():
    subscriber = SubscriberFactory()
    first = _enqueue(subscriber)
    again = _enqueue(subscriber, subject="Another subject")
    assert first.pk == again.pk
    assert OutboxMessage.objects.count() == 1


def test_a_redelivered_task_does_not_send_twice():
    row = OutboxMessageFactory()
    outbox_send_batch(ids=[row.pk])
    outcome = outbox_send_batch(ids=[row.pk])
    assert len(mail.outbox) == 1
    assert outcome.skipped == 1


def test_a_row_held_by_another_worker_is_left_alone():
    row = OutboxMessageFactory(state=State.SENDING, claimed_at=timezone.now())
    outbox_send_batch(ids=[row.pk])
    assert mail.outbox == []
    assert _state(row) == State.SENDING


def test_a_row_not_yet_due_is_not_sent():
    row = OutboxMessageFactory(send_after=timezone.now() + timedelta(hours=1))
    outbox_send_batch(ids=[row.pk])
    assert mail.outbox == []
    assert _state(row) == State.QUEUED


@pytest.mark.parametrize(
    ("status", "category", "expected"),
    [
        (Subscriber.Status.PENDING, "marketing", State.CANCELLED),
        (Subscriber.Status.UNSUBSCRIBED, "marketing", State.CANCELLED),
        (Subscriber.Status.PENDING, "transactional", State.SENT),
        (Subscriber.Status.CONFIRMED, "marketing", State.SENT),
    ],
)
def test_marketing_goes_only_to_confirmed_subscribers(status, category, expected):
    row = OutboxMessageFactory(subscriber=SubscriberFactory(status=status), category=category)
    outbox_send_batch(ids=[row.pk])
    assert _state(row) == expected
    assert len(mail.outbox) == (1 if expected == State.SENT else 0)


def test_marketing_without_a_subscriber_is_cancelled():
    row = OutboxMessageFactory(subscriber=None, to_email="stranger@example.com")
    outbox_send_batch(ids=[row.pk])
    row.refresh_from_db()
    assert row.state == State.CANCELLED
    assert "consent" in row.last_error


def test_queued_mail_to_a_suppressed_address_is_not_sent():
    row = OutboxMessageFactory()
    # Suppressed after queuing, as when a bounce arrives between planning and sending.
    OutboxMessage.objects.filter(pk=row.pk).update(state=State.QUEUED)
    from recommender.followups.models import Suppression

    Suppression.objects.create(email=row.to_email, reason="bounce")
    outbox_send_batch(ids=[row.pk])
    row.refresh_from_db()
    assert row.state == State.CANCELLED
    assert "suppression" in row.last_error
    assert mail.outbox == []


def test_suppression_add_cancels_queued_mail_at_once():
    row = OutboxMessageFactory()
    suppression_add(email=row.to_email.upper(), reason="complaint")
    assert _state(row) == State.CANCELLED


def test_unsubscribing_cancels_queued_marketing_but_not_sent_mail():
    subscriber = SubscriberFactory()
    sent = OutboxMessageFactory(subscriber=subscriber)
    outbox_send_batch(ids=[sent.pk])
    queued = OutboxMessageFactory(subscriber=subscriber)

    subscriber_unsubscribe(subscriber=subscriber, source="test")

    assert _state(sent) == State.SENT
    assert _state(queued) == State.CANCELLED
    outbox_send_batch(ids=[queued.pk])
    assert len(mail.outbox) == 1


def test_quiet_hours_defer_marketing_to_the_recipients_morning(email_settings_for_tests):
    now = timezone.now()
    # Quiet from the current hour in Tokyo for two hours.
    from zoneinfo import ZoneInfo

    local = now.astimezone(ZoneInfo("Asia/Tokyo"))
    email_settings_for_tests["QUIET_HOURS"] = (local.hour, (local.hour + 2) % 24)
    row = OutboxMessageFactory(subscriber=SubscriberFactory(timezone="Asia/Tokyo"))
    transactional = OutboxMessageFactory(
        subscriber=SubscriberFactory(timezone="Asia/Tokyo"), category="transactional"
    )

    outcome = outbox_send_batch(ids=[row.pk, transactional.pk])

    assert outcome.deferred == 1 and outcome.sent == 1
    row.refresh_from_db()
    assert row.state == State.QUEUED
    morning = row.send_after.astimezone(ZoneInfo("Asia/Tokyo"))
    assert (morning.hour, morning.minute) == ((local.hour + 2) % 24, 0)
    assert timedelta(0) < row.send_after - now <= timedelta(hours=2)
    assert row.dispatched_at is None  # the sweeper picks it up when due


def test_frequency_cap_defers_the_extra_marketing_email(email_settings_for_tests):
    email_settings_for_tests["FREQUENCY_CAP_COUNT"] = 1
    subscriber = SubscriberFactory()
    earlier = timezone.now() - timedelta(hours=1)
    OutboxMessageFactory(subscriber=subscriber, state=State.SENT, sent_at=earlier)
    row = OutboxMessageFactory(subscriber=subscriber)
    receipt = OutboxMessageFactory(subscriber=subscriber, category="transactional")

    outbox_send_batch(ids=[row.pk, receipt.pk])

    row.refresh_from_db()
    assert row.state == State.QUEUED
    assert abs(row.send_after - (earlier + timedelta(hours=24))) < timedelta(seconds=1)
    assert _state(receipt) == State.SENT  # transactional email is never capped


def test_frequency_cap_counts_sends_within_the_same_batch(email_settings_for_tests):
    email_settings_for_tests["FREQUENCY_CAP_COUNT"] = 2
    subscriber = SubscriberFactory()
    rows = OutboxMessageFactory.create_batch(3, subscriber=subscriber)
    outcome = outbox_send_batch(ids=[r.pk for r in rows])
    assert (outcome.sent, outcome.deferred) == (2, 1)


def test_a_template_that_does_not_exist_fails_the_row_with_the_reason():
    row = OutboxMessageFactory(template="followups/email/missing")
    outbox_send_batch(ids=[row.pk])
    row.refresh_from_db()
    assert row.state == State.FAILED
    assert "missing" in row.last_error


def test_enqueue_many_queues_and_dispatches_once_per_recipient(
    django_capture_on_commit_callbacks,
):
    subscribers = SubscriberFactory.create_batch(250)
    drafts = [
        OutboxDraft(
            to_email=s.email,
            trigger_key="campaign:7",
            template="followups/email/plain",
            subject="Spring miles",
            context={"headline": "Spring miles"},
            subscriber_id=s.pk,
            source="campaign:7",
        )
        for s in subscribers
    ]
    with django_capture_on_commit_callbacks(execute=True):
        outbox_enqueue_many(drafts=drafts)
        outbox_enqueue_many(drafts=drafts[:10])  # planning again adds nobody twice

    assert OutboxMessage.objects.count() == 250
    assert OutboxMessage.objects.filter(state=State.SENT).count() == 250
    assert len(mail.outbox) == 250
    assert len({m.extra_headers["Message-ID"] for m in mail.outbox}) == 250


def test_enqueue_many_with_one_bad_address_queues_nothing():
    drafts = [
        OutboxDraft(to_email=e, trigger_key="campaign:8", template="t", subject="s")
        for e in ("ok@example.com", "broken@")
    ]
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        outbox_enqueue_many(drafts=drafts)
    assert OutboxMessage.objects.count() == 0


def test_scheduled_rows_are_not_dispatched_before_their_time(django_capture_on_commit_callbacks):
    later = OutboxMessageFactory(send_after=timezone.now() + timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert outbox_dispatch_due() == 0
    later.refresh_from_db()
    assert later.dispatched_at is None


def test_recently_dispatched_rows_are_not_dispatched_again():
    row = OutboxMessageFactory(dispatched_at=timezone.now())
    assert outbox_dispatch_due() == 0
    OutboxMessage.objects.filter(pk=row.pk).update(
        dispatched_at=timezone.now() - timedelta(hours=1)
    )
    assert outbox_dispatch_due() == 1


def test_an_anymail_backend_sends_the_same_message(settings):
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    row = OutboxMessageFactory()

    outcome = outbox_send_batch(ids=[row.pk])

    assert outcome.sent == 1
    params = mail.outbox[0].anymail_test_params
    assert params["to"][0].addr_spec == row.to_email
    assert params["extra_headers"]["Message-ID"] == row.message_id
    assert params["extra_headers"]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Seamless toes help." in params["html_body"]
    assert _state(row) == State.SENT
