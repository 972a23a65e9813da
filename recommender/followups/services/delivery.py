"""Sending a batch of outbox rows: claim, check, render, send over one connection, record.

Every state change is a conditional UPDATE. A row is claimed only while it is queued and due,
and marked sent or failed only while this call's claim still holds, so a retried or redelivered
task, or two workers given the same ids, never send one row twice.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.mail import get_connection
from django.db import connection
from django.db.models import F
from django.utils import timezone

from recommender.followups.conf import email_settings
from recommender.followups.models import OutboxMessage, Subscriber, Suppression
from recommender.followups.services.errors import send_error_classify
from recommender.followups.services.policy import (
    frequency_cap_free_at,
    quiet_hours_end,
    retry_delay,
    send_rate_wait,
)
from recommender.followups.services.rendering import email_message_build

logger = logging.getLogger(__name__)
State = OutboxMessage.State


@dataclass
class BatchOutcome:
    sent: int = 0
    retry: int = 0
    failed: int = 0
    cancelled: int = 0
    deferred: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


def _claimed_update(row: OutboxMessage, token: uuid.UUID, **fields) -> bool:
    fields.setdefault("updated_at", timezone.now())
    updated = OutboxMessage.objects.filter(pk=row.pk, state=State.SENDING, claim_token=token)
    if updated.update(**fields):
        return True
    logger.warning("outbox row %s: claim lost before it could be recorded", row.pk)
    return False


def _mark_sent(row: OutboxMessage, token: uuid.UUID) -> bool:
    """The hottest write of all, once per message: plain SQL, same condition as the others."""
    table = OutboxMessage._meta.db_table
    claim = OutboxMessage._meta.get_field("claim_token").get_db_prep_value(token, connection)
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET state = %s, sent_at = %s, updated_at = %s, last_error = '' "  # noqa: S608 (names are ours)
            "WHERE id = %s AND state = %s AND claim_token = %s",
            [State.SENT, now, now, row.pk, State.SENDING, claim],
        )
        if cursor.rowcount == 1:
            return True
    logger.warning("outbox row %s: claim lost before it could be recorded", row.pk)
    return False


def _release(row: OutboxMessage, token: uuid.UUID, *, send_after: datetime, **fields) -> bool:
    return _claimed_update(
        row,
        token,
        state=State.QUEUED,
        send_after=send_after,
        claim_token=None,
        claimed_at=None,
        dispatched_at=None,
        **fields,
    )


def _skip_reason(row: OutboxMessage, suppressed: set[str]) -> str:
    if row.to_email in suppressed:
        return "The address is on the suppression list."
    subscriber = row.subscriber
    if subscriber is not None and subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return "The subscriber has unsubscribed."
    if row.category == OutboxMessage.Category.MARKETING:
        if subscriber is None:
            return "Marketing email needs a subscriber who consented."
        if subscriber.status != Subscriber.Status.CONFIRMED:
            return "The subscriber has not confirmed yet."
    return ""


def _recent_marketing(rows: list[OutboxMessage], now: datetime) -> dict[str, list[datetime]]:
    emails = {r.to_email for r in rows if r.category == OutboxMessage.Category.MARKETING}
    recent: dict[str, list[datetime]] = defaultdict(list)
    if not emails or int(email_settings.FREQUENCY_CAP_COUNT or 0) <= 0:
        return recent
    since = now - timedelta(hours=float(email_settings.FREQUENCY_CAP_HOURS))
    sent = OutboxMessage.objects.filter(
        to_email__in=emails,
        category=OutboxMessage.Category.MARKETING,
        state=State.SENT,
        sent_at__gte=since,
    ).values_list("to_email", "sent_at")
    for email, sent_at in sent:
        recent[email].append(sent_at)
    return recent


def _defer_until(row: OutboxMessage, recent: dict, now: datetime) -> datetime | None:
    if row.category != OutboxMessage.Category.MARKETING:
        return None
    zone = row.subscriber.timezone if row.subscriber else "UTC"
    later = [
        quiet_hours_end(now=now, timezone_name=zone),
        frequency_cap_free_at(recent_sends=recent.get(row.to_email, []), now=now),
    ]
    later = [moment for moment in later if moment is not None]
    return max(later) if later else None


class _Connection:
    """One backend connection for the batch, reopened only after an error dropped it."""

    def __init__(self) -> None:
        self.backend = None

    def send(self, message) -> None:
        if self.backend is None:
            self.backend = get_connection(fail_silently=False)
            self.backend.open()
        message.connection = self.backend
        self.backend.send_messages([message])

    def drop(self) -> None:
        if self.backend is not None:
            try:
                self.backend.close()
            except Exception:  # a broken connection may fail to close; it is gone either way
                logger.debug("closing a broken email connection failed", exc_info=True)
            self.backend = None


def outbox_claim(*, ids: list[int], now: datetime) -> tuple[uuid.UUID, list[OutboxMessage]]:
    """Move the queued, due rows among `ids` to `sending` under one new claim token."""
    token = uuid.uuid4()
    claimed = OutboxMessage.objects.filter(
        id__in=ids, state=State.QUEUED, send_after__lte=now
    ).update(state=State.SENDING, claim_token=token, claimed_at=now, updated_at=now)
    if not claimed:
        return token, []
    rows = OutboxMessage.objects.filter(claim_token=token, state=State.SENDING)
    return token, list(rows.select_related("subscriber").order_by("id"))


def outbox_send_batch(*, ids: list[int]) -> BatchOutcome:
    outcome = BatchOutcome()
    now = timezone.now()
    token, rows = outbox_claim(ids=ids, now=now)
    outcome.skipped = len(set(ids)) - len(rows)
    if not rows:
        return outcome
    suppressed = set(
        Suppression.objects.filter(email__in=[r.to_email for r in rows]).values_list(
            "email", flat=True
        )
    )
    recent = _recent_marketing(rows, now)
    connection = _Connection()
    try:
        for row in rows:
            _send_one(row, token, suppressed, recent, connection, outcome)
    finally:
        connection.drop()
    return outcome


def _send_one(row, token, suppressed, recent, connection, outcome: BatchOutcome) -> None:
    now = timezone.now()
    reason = _skip_reason(row, suppressed)
    if reason:
        if _claimed_update(row, token, state=State.CANCELLED, last_error=reason):
            outcome.cancelled += 1
        return
    later = _defer_until(row, recent, now)
    if later is not None:
        if _release(row, token, send_after=later):
            outcome.deferred += 1
        return
    try:
        message = email_message_build(message=row)
    except Exception as exc:
        error = send_error_classify(exc)
        logger.exception("outbox row %s cannot be rendered", row.pk)
        _claimed_update(row, token, state=State.FAILED, last_error=f"render: {error.reason}")
        outcome.failed += 1
        return
    send_rate_wait()
    try:
        connection.send(message)
    except Exception as exc:
        connection.drop()
        _record_failure(row, token, exc, outcome)
        return
    if _mark_sent(row, token):
        outcome.sent += 1
        if row.category == OutboxMessage.Category.MARKETING:
            recent.setdefault(row.to_email, []).append(timezone.now())


def _record_failure(row, token, exc: BaseException, outcome: BatchOutcome) -> None:
    error = send_error_classify(exc)
    outcome.errors.append(error.reason)
    attempts = row.attempts + 1
    if not error.transient or attempts >= int(email_settings.MAX_ATTEMPTS):
        logger.warning("outbox row %s failed: %s", row.pk, error.reason)
        _claimed_update(
            row, token, state=State.FAILED, attempts=F("attempts") + 1, last_error=error.reason
        )
        outcome.failed += 1
        return
    logger.info("outbox row %s will be retried: %s", row.pk, error.reason)
    _release(
        row,
        token,
        send_after=timezone.now() + retry_delay(attempts=attempts),
        attempts=F("attempts") + 1,
        last_error=error.reason,
    )
    outcome.retry += 1
