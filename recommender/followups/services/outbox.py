"""Putting email in the outbox and handing due rows to the send tasks.

The outbox row is the truth: a task message only says "look at these ids". Losing a task
message costs a delay (the sweeper queues the rows again); a duplicate costs nothing, because
a row is claimed by a conditional UPDATE before anything is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from recommender.followups.conf import email_settings
from recommender.followups.headers import header_safe
from recommender.followups.models import (
    OutboxMessage,
    Subscriber,
    message_id_domain,
    message_id_new,
)
from recommender.followups.services.bulk import (
    DRAFT_COLUMNS,
    due_rows_mark_dispatched,
    outbox_rows_insert,
)

logger = logging.getLogger(__name__)

_DISPATCH_CHUNK = 5000
_CATEGORIES = frozenset(OutboxMessage.Category.values)


@dataclass
class OutboxDraft:
    """One message for outbox_enqueue_many."""

    to_email: str
    trigger_key: str
    template: str
    subject: str
    category: str = OutboxMessage.Category.MARKETING
    context: dict = field(default_factory=dict)
    send_after: datetime | None = None
    subscriber_id: int | None = None
    source: str = ""


def _validated(draft: OutboxDraft, *, now: datetime, domain: str) -> tuple:
    """The draft as a row in DRAFT_COLUMNS order; ValidationError if it cannot be sent."""
    to_email = (draft.to_email or "").strip().lower()
    validate_email(to_email)
    if draft.category not in _CATEGORIES:
        raise ValidationError(f"Unknown email category {draft.category!r}.", code="category")
    if not draft.trigger_key or not draft.template:
        raise ValidationError("An email needs a trigger key and a template.", code="required")
    return (
        to_email,
        draft.trigger_key[:200],
        draft.template[:200],
        header_safe(draft.subject, max_length=300),
        draft.category,
        draft.context or {},
        draft.send_after or now,
        draft.subscriber_id,
        (draft.source or "")[:100],
        message_id_new(domain),
    )


def outbox_enqueue(
    *,
    to_email: str,
    trigger_key: str,
    template: str,
    context: dict,
    subject: str,
    category: str,
    send_after: datetime | None = None,
    subscriber: Subscriber | None = None,
    source: str = "",
) -> OutboxMessage:
    """Queue one email; the same (address, trigger) twice gives back the first row.

    If it is due, a send task is queued once the surrounding transaction commits.
    """
    now = timezone.now()
    values = _validated(
        OutboxDraft(
            to_email=to_email,
            trigger_key=trigger_key,
            template=template,
            subject=subject,
            category=category,
            context=context,
            send_after=send_after,
            subscriber_id=subscriber.pk if subscriber else None,
            source=source,
        ),
        now=now,
        domain=message_id_domain(),
    )
    row = OutboxMessage(**dict(zip(DRAFT_COLUMNS, values, strict=True)))
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:
        return OutboxMessage.objects.get(to_email=row.to_email, trigger_key=row.trigger_key)
    if row.send_after <= now:
        OutboxMessage.objects.filter(pk=row.pk).update(dispatched_at=now)
        transaction.on_commit(partial(_publish, [[row.pk]]))
    return row


def outbox_enqueue_many(*, drafts: Iterable[OutboxDraft], dispatch: bool = True) -> int:
    """Queue many emails at once; (address, trigger) pairs already in the outbox are kept.

    Everything is validated before the first insert, so one bad draft rejects the whole call
    and nothing is half-queued. Due rows get send tasks after commit (rows due later are
    left to the sweeper). Returns how many drafts were handed in.
    """
    now = timezone.now()
    domain = message_id_domain()
    rows = [_validated(draft, now=now, domain=domain) for draft in drafts]
    with transaction.atomic():
        due_ids = outbox_rows_insert(rows=rows, now=now, dispatch=dispatch)
        if due_ids is None:
            if dispatch:
                outbox_dispatch_due(now=now)
        elif due_ids:
            _publish_after_commit(due_ids)
    return len(rows)


def _publish_after_commit(ids: list[int]) -> None:
    batch_size = max(1, int(email_settings.BATCH_SIZE))
    batches = [ids[i : i + batch_size] for i in range(0, len(ids), batch_size)]
    transaction.on_commit(partial(_publish, batches))


def _publish(batches: list[list[int]]) -> None:
    from recommender.followups.tasks import send_email_batch

    try:
        # One producer (one broker connection) for all the batches.
        with send_email_batch.app.producer_or_acquire() as producer:
            for ids in batches:
                send_email_batch.apply_async(
                    args=[ids], queue=email_settings.QUEUE, producer=producer
                )
    except Exception:
        # The broker is away. The rows stay queued and the sweeper tries again later.
        logger.exception("could not queue send tasks for %d batches", len(batches))


def outbox_dispatch_due(*, now: datetime | None = None) -> int:
    """Queue send tasks for due rows that no task has been queued for lately.

    Rows are marked as dispatched and the tasks go out after commit, in batches of BATCH_SIZE.
    Returns the number of rows dispatched.
    """
    now = now or timezone.now()
    stale = now - timedelta(seconds=float(email_settings.REDISPATCH_SECONDS))
    total = 0
    while True:
        with transaction.atomic():
            ids = due_rows_mark_dispatched(now=now, stale=stale, limit=_DISPATCH_CHUNK)
            if not ids:
                break
            _publish_after_commit(ids)
        total += len(ids)
        if len(ids) < _DISPATCH_CHUNK:
            break
    return total


def outbox_sweep(*, now: datetime | None = None) -> dict[str, int]:
    """Recover from lost workers and lost task messages; send what has become due.

    A row left in `sending` past the lease belonged to a worker that died. It goes back to
    `queued` (attempts + 1, so a message that kills workers ends up failed, not looping).
    It may already have reached the server; if so, the resend carries the same Message-ID.
    """
    now = now or timezone.now()
    lease = timedelta(seconds=float(email_settings.SENDING_LEASE_SECONDS))
    stuck = OutboxMessage.objects.filter(
        state=OutboxMessage.State.SENDING, claimed_at__lt=now - lease
    )
    max_attempts = int(email_settings.MAX_ATTEMPTS)
    given_up = stuck.filter(attempts__gte=max_attempts - 1).update(
        state=OutboxMessage.State.FAILED,
        attempts=F("attempts") + 1,
        last_error="The worker sending this message stopped too many times.",
        claim_token=None,
        updated_at=now,
    )
    released = stuck.update(
        state=OutboxMessage.State.QUEUED,
        attempts=F("attempts") + 1,
        last_error="The worker sending this message stopped; queued again.",
        claim_token=None,
        claimed_at=None,
        dispatched_at=None,
        updated_at=now,
    )
    dispatched = outbox_dispatch_due(now=now)
    return {"released": released, "given_up": given_up, "dispatched": dispatched}


def outbox_requeue_failed(*, ids: Iterable[int]) -> int:
    """Give failed rows a fresh start (after the cause was fixed) and send them."""
    now = timezone.now()
    with transaction.atomic():
        count = OutboxMessage.objects.filter(
            id__in=list(ids), state=OutboxMessage.State.FAILED
        ).update(
            state=OutboxMessage.State.QUEUED,
            attempts=0,
            send_after=now,
            dispatched_at=None,
            claim_token=None,
            claimed_at=None,
            updated_at=now,
        )
        outbox_dispatch_due(now=now)
    return count


def outbox_cancel(*, ids: Iterable[int], reason: str = "Cancelled by staff.") -> int:
    """Cancel rows not yet being sent; a row a worker holds right now is left to finish."""
    return OutboxMessage.objects.filter(id__in=list(ids), state=OutboxMessage.State.QUEUED).update(
        state=OutboxMessage.State.CANCELLED, last_error=reason, updated_at=timezone.now()
    )
