from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from recommender.followups.models import OutboxMessage
from recommender.followups.services import outbox_sweep
from recommender.followups.tasks import sweep_outbox
from tests.followups.factories import OutboxMessageFactory

pytestmark = pytest.mark.django_db
State = OutboxMessage.State


def test_sweeper_resends_rows_a_dead_worker_left_in_sending(
    email_settings_for_tests, django_capture_on_commit_callbacks
):
    email_settings_for_tests["SENDING_LEASE_SECONDS"] = 30
    abandoned = OutboxMessageFactory(
        state=State.SENDING, claimed_at=timezone.now() - timedelta(seconds=31)
    )
    busy = OutboxMessageFactory(state=State.SENDING, claimed_at=timezone.now())
    message_id = abandoned.message_id

    with django_capture_on_commit_callbacks(execute=True):
        figures = outbox_sweep()

    assert figures["released"] == 1
    abandoned.refresh_from_db()
    assert abandoned.state == State.SENT
    assert abandoned.attempts == 1
    assert [m.extra_headers["Message-ID"] for m in mail.outbox] == [message_id]
    busy.refresh_from_db()
    assert busy.state == State.SENDING


def test_a_message_that_keeps_killing_workers_ends_up_failed(email_settings_for_tests):
    email_settings_for_tests["MAX_ATTEMPTS"] = 3
    row = OutboxMessageFactory(
        state=State.SENDING, attempts=2, claimed_at=timezone.now() - timedelta(hours=1)
    )
    assert outbox_sweep()["given_up"] == 1
    row.refresh_from_db()
    assert (row.state, row.attempts) == (State.FAILED, 3)


def test_sweeper_sends_due_rows_whose_task_was_lost(django_capture_on_commit_callbacks):
    lost = OutboxMessageFactory(dispatched_at=timezone.now() - timedelta(hours=2))
    scheduled_now_due = OutboxMessageFactory(send_after=timezone.now() - timedelta(seconds=1))
    in_flight = OutboxMessageFactory(dispatched_at=timezone.now())

    with django_capture_on_commit_callbacks(execute=True):
        figures = sweep_outbox()

    assert figures["dispatched"] == 2
    assert _states(lost, scheduled_now_due, in_flight) == [State.SENT, State.SENT, State.QUEUED]


def _states(*rows):
    for row in rows:
        row.refresh_from_db()
    return [row.state for row in rows]


def test_sweep_is_in_the_beat_schedule_and_routed_to_the_email_queue(settings):
    from config.celery_app import app

    entry = settings.CELERY_BEAT_SCHEDULE["followups-sweep-outbox"]
    assert entry["task"] == sweep_outbox.name
    assert app.amqp.router.route({}, "followups.send_email_batch")["queue"].name == "email"
    assert app.amqp.router.route({}, sweep_outbox.name)["queue"].name == "email"
