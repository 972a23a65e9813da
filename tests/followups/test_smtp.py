"""Delivery through a real SMTP server (aiosmtpd) on a local port."""

from datetime import timedelta

import pytest
from django.utils import timezone

from recommender.followups.models import OutboxMessage
from recommender.followups.services import outbox_send_batch
from tests.followups.factories import OutboxMessageFactory, SubscriberFactory

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]
State = OutboxMessage.State


def _make_due(*rows):
    OutboxMessage.objects.filter(pk__in=[r.pk for r in rows]).update(send_after=timezone.now())


def test_a_batch_arrives_over_one_connection_with_both_parts_and_headers(smtp_server):
    rows = OutboxMessageFactory.create_batch(5)

    outcome = outbox_send_batch(ids=[r.pk for r in rows])

    assert outcome.sent == 5
    received = smtp_server.handler.messages()
    assert len(received) == 5
    assert len({r.peer for r in received}) == 1  # one SMTP connection for the batch
    by_id = {r.message["Message-ID"]: r for r in received}
    for row in rows:
        got = by_id[row.message_id]
        assert got.envelope_to == [row.to_email]
        message = got.message
        assert message.get_body(("plain",)).get_content().count("Seamless toes help.") == 1
        assert "Seamless toes help." in message.get_body(("html",)).get_content()
        assert (
            str(message["List-Unsubscribe"])
            .strip()
            .startswith("<https://shop.example/email/unsubscribe/")
        )
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_line_breaks_in_a_name_or_subject_add_no_header(smtp_server):
    subscriber = SubscriberFactory(first_name="Eve\r\nBcc: victim@example.net")
    row = OutboxMessageFactory(
        subscriber=subscriber, subject="Your plan\r\nX-Injected: yes\nReply-To: evil@example.net"
    )
    # The service strips line breaks on the way in; write them straight to the row to be sure
    # that sending is safe on its own.
    OutboxMessage.objects.filter(pk=row.pk).update(
        subject="Your plan\r\nX-Injected: yes\nReply-To: evil@example.net"
    )

    outbox_send_batch(ids=[row.pk])

    (received,) = smtp_server.handler.messages()
    message = received.message
    assert received.envelope_to == [row.to_email]
    for header in ("Bcc", "X-Injected", "Reply-To"):
        assert message[header] is None
    assert message["Subject"] == "Your plan X-Injected: yes Reply-To: evil@example.net"
    assert message["To"].addresses[0].addr_spec == row.to_email
    head = received.raw.split(b"\r\n\r\n", 1)[0]
    assert b"\nBcc:" not in head and b"\nX-Injected:" not in head and b"\nReply-To:" not in head


def test_temporary_refusals_are_retried_and_each_message_arrives_once(smtp_server):
    rows = OutboxMessageFactory.create_batch(4)
    smtp_server.handler.transient_left = 3
    ids = [r.pk for r in rows]

    first = outbox_send_batch(ids=ids)
    assert (first.sent, first.retry) == (1, 3)
    for row in rows:
        row.refresh_from_db()
    retried = [r for r in rows if r.state == State.QUEUED]
    assert len(retried) == 3
    for row in retried:
        assert row.attempts == 1
        assert "451" in row.last_error
        assert row.send_after > timezone.now() + timedelta(seconds=20)  # backoff, not now

    outbox_send_batch(ids=ids)  # not due yet: nothing happens
    assert smtp_server.handler.count() == 1
    _make_due(*retried)
    outbox_send_batch(ids=ids)

    received = [r.message["Message-ID"] for r in smtp_server.handler.messages()]
    assert sorted(received) == sorted(r.message_id for r in rows)
    assert OutboxMessage.objects.filter(state=State.SENT).count() == 4


def test_permanent_refusal_fails_the_row_with_the_reason(smtp_server):
    good, bad = OutboxMessageFactory.create_batch(2)
    smtp_server.handler.refuse[bad.to_email] = "550 5.1.1 No such mailbox"

    outbox_send_batch(ids=[good.pk, bad.pk])

    bad.refresh_from_db()
    assert bad.state == State.FAILED
    assert "550" in bad.last_error and "No such mailbox" in bad.last_error
    good.refresh_from_db()
    assert good.state == State.SENT
    assert smtp_server.handler.count() == 1


def test_retries_stop_after_the_last_attempt(smtp_server, email_settings_for_tests):
    email_settings_for_tests["MAX_ATTEMPTS"] = 2
    row = OutboxMessageFactory(attempts=1)
    smtp_server.handler.transient_left = 1
    outbox_send_batch(ids=[row.pk])
    row.refresh_from_db()
    assert (row.state, row.attempts) == (State.FAILED, 2)


def test_server_down_means_retry_later_not_failure(smtp_server):
    row = OutboxMessageFactory()
    smtp_server.stop()

    outcome = outbox_send_batch(ids=[row.pk])

    assert outcome.retry == 1
    row.refresh_from_db()
    assert row.state == State.QUEUED
    assert row.attempts == 1
    assert "refused" in row.last_error.lower() or "connect" in row.last_error.lower()
    smtp_server.controller.start = lambda: None  # already stopped; keep teardown quiet
    smtp_server.stop = lambda: None
