"""Delivery survives faults: real PostgreSQL, a Redis broker, a Celery worker process, SMTP.

Every test runs the worker (with its embedded beat, so the sweeper runs each second) against
the test database, and checks what the SMTP server received.
"""

import os
import shutil
from collections import defaultdict

import pytest
from django.test import Client

from recommender.followups.models import OutboxMessage, Subscriber
from recommender.followups.services import OutboxDraft, outbox_enqueue_many, unsubscribe_url
from tests.support.stack import FAST_TIMINGS, EmailStack, wait_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.celery,
    pytest.mark.smtp,
    pytest.mark.slow,
]
State = OutboxMessage.State


@pytest.fixture
def stack(transactional_db, tmp_path, settings):
    if not shutil.which("redis-server"):
        if os.environ.get("STRIDEWISE_REQUIRE_SERVICES") == "1":
            pytest.fail("required service missing: redis-server binary")
        pytest.skip("needs the redis-server binary for a throwaway broker")
    settings.STRIDEWISE_EMAIL = dict(FAST_TIMINGS)
    running = EmailStack(tmp_path, email_overrides=FAST_TIMINGS)
    try:
        running.start()
        yield running
    finally:
        running.stop()


def _campaign(count: int, trigger: str) -> list[Subscriber]:
    subscribers = Subscriber.objects.bulk_create(
        Subscriber(email=f"runner{n}@example.com", first_name=f"Runner {n}", status="confirmed")
        for n in range(count)
    )
    outbox_enqueue_many(
        drafts=[
            OutboxDraft(
                to_email=s.email,
                trigger_key=trigger,
                template="followups/email/plain",
                subject="Your spring running plan",
                context={"headline": "Spring plan", "paragraphs": ["Build up slowly."]},
                subscriber_id=s.pk,
                source=trigger,
            )
            for s in subscribers
        ]
    )
    return subscribers


def _assert_each_recipient_has_its_one_email(stack: EmailStack, count: int) -> int:
    """Every row sent; every recipient got exactly its row's Message-ID; returns duplicates."""
    expected = dict(OutboxMessage.objects.values_list("to_email", "message_id"))
    assert len(expected) == count
    ids_by_recipient = defaultdict(set)
    copies = 0
    for received in stack.smtp.handler.messages():
        (recipient,) = received.envelope_to
        ids_by_recipient[recipient].add(str(received.message["Message-ID"]))
        copies += 1
    assert set(ids_by_recipient) == set(expected)
    for recipient, message_ids in ids_by_recipient.items():
        assert message_ids == {expected[recipient]}, recipient
    distinct = {mid for ids in ids_by_recipient.values() for mid in ids}
    assert len(distinct) == count
    assert OutboxMessage.objects.filter(state=State.SENT).count() == count
    return copies - count


def _all_sent(count: int):
    return lambda: OutboxMessage.objects.filter(state=State.SENT).count() >= count


def test_worker_killed_mid_send_every_recipient_gets_one_email(stack):
    _campaign(1000, "campaign:kill")
    assert wait_for(lambda: stack.smtp.handler.count() >= 250, timeout=60), stack.worker.log_tail()

    stack.worker.kill()
    at_kill = stack.smtp.handler.count()
    assert at_kill < 1000, "the campaign finished before the worker could be killed"
    assert OutboxMessage.objects.exclude(state=State.SENT).exists()
    stack.worker.start()

    assert wait_for(_all_sent(1000), timeout=240), stack.worker.log_tail()
    duplicates = _assert_each_recipient_has_its_one_email(stack, 1000)
    released = OutboxMessage.objects.filter(attempts__gt=0).count()
    print(f"killed after {at_kill} deliveries; {released} rows re-queued; {duplicates} repeats")
    # Only messages cut off between the server's OK and the database update come twice.
    assert duplicates <= 2 * stack.concurrency


def test_broker_restarted_mid_send_loses_nothing(stack):
    _campaign(600, "campaign:redis")
    assert wait_for(lambda: stack.smtp.handler.count() >= 150, timeout=60), stack.worker.log_tail()

    stack.redis.stop()  # every queued task message is gone
    at_stop = stack.smtp.handler.count()
    stack.redis.start()
    assert at_stop < 600

    # Celery sometimes ends the worker on an error it cannot recover from while the broker
    # comes back; the deployment starts it again, and so does this wait.
    sent = stack.wait_supervised(_all_sent(600), timeout=120)
    assert sent, stack.worker.log_tail()
    duplicates = _assert_each_recipient_has_its_one_email(stack, 600)
    print(f"{stack.worker_restarts} worker restarts; {stack.worker.critical_lines()}")
    assert duplicates <= 2 * stack.concurrency


def test_smtp_answering_4xx_for_a_while_delivers_every_message_once(stack):
    import time

    stack.smtp.handler.transient_until = time.monotonic() + 4
    _campaign(200, "campaign:busy")

    assert wait_for(_all_sent(200), timeout=120), stack.worker.log_tail()
    assert stack.smtp.handler.transient_answers > 0
    assert _assert_each_recipient_has_its_one_email(stack, 200) == 0  # refused means not sent
    retried = OutboxMessage.objects.filter(attempts__gt=0)
    assert retried.exists()
    assert all(row.last_error == "" for row in retried)


def test_one_click_unsubscribe_cancels_mail_queued_for_later(stack):
    from datetime import timedelta

    from django.utils import timezone

    leaving, staying = Subscriber.objects.bulk_create(
        Subscriber(email=email, status="confirmed")
        for email in ("leaving@example.com", "staying@example.com")
    )
    soon = timezone.now() + timedelta(seconds=3)
    outbox_enqueue_many(
        drafts=[
            OutboxDraft(
                to_email=s.email,
                trigger_key=f"flow:check-in:{n}",
                template="followups/email/plain",
                subject="How is your back?",
                send_after=soon,
                subscriber_id=s.pk,
            )
            for s in (leaving, staying)
            for n in (1, 2)
        ]
    )
    path = unsubscribe_url(subscriber=leaving).removeprefix("https://shop.example")

    response = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    leaving.refresh_from_db()
    assert leaving.status == Subscriber.Status.UNSUBSCRIBED
    assert wait_for(_all_sent(2), timeout=60), stack.worker.log_tail()
    time_for_more = wait_for(lambda: stack.smtp.handler.count() > 2, timeout=3)
    assert not time_for_more
    recipients = sorted(r.envelope_to[0] for r in stack.smtp.handler.messages())
    assert recipients == ["staying@example.com", "staying@example.com"]
    assert set(
        OutboxMessage.objects.filter(to_email="leaving@example.com").values_list("state", flat=True)
    ) == {State.CANCELLED}
