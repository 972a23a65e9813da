"""Fast paths for large sends on PostgreSQL: COPY in new rows, claim due rows in one statement.

A 100,000-recipient campaign must be planned in well under a minute. Django's bulk_create and
`id IN (...)` updates spend most of that time building and quoting parameters in Python;
PostgreSQL's COPY and an UPDATE ... RETURNING do the same work in the server. Other databases
(SQLite under `make run`) take the portable ORM path.
"""

from __future__ import annotations

import json
from datetime import datetime

from django.db import connection, transaction
from django.db.models import Q

from recommender.followups.models import OutboxMessage

# The columns a draft fills; the rest take their initial values in the INSERT below.
DRAFT_COLUMNS = (
    "to_email",
    "trigger_key",
    "template",
    "subject",
    "category",
    "context",
    "send_after",
    "subscriber_id",
    "source",
    "message_id",
)
_ORM_CHUNK = 2000
_STAGING = "followups_outbox_incoming"


def _postgres() -> bool:
    return connection.vendor == "postgresql"


@transaction.atomic
def outbox_rows_insert(*, rows: list[tuple], now: datetime, dispatch: bool) -> list[int] | None:
    """Insert draft rows (in DRAFT_COLUMNS order), skipping (address, trigger) pairs that exist.

    With `dispatch`, new rows that are already due are marked as dispatched in the same INSERT
    and their ids returned, so the caller queues their tasks without a second pass over them.
    Returns None where that is not possible (not PostgreSQL); the caller dispatches instead.
    """
    if not rows:
        return []
    if not _postgres():
        _orm_insert(rows, now)
        return None
    table = OutboxMessage._meta.db_table
    context_at = DRAFT_COLUMNS.index("context")
    columns = ", ".join(DRAFT_COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {_STAGING} ("
            "to_email varchar(254), trigger_key varchar(200), template varchar(200), "
            "subject varchar(300), category varchar(20), context jsonb, "
            "send_after timestamptz, subscriber_id bigint, source varchar(100), "
            "message_id varchar(200)) ON COMMIT DELETE ROWS"
        )
        cursor.execute(f"TRUNCATE {_STAGING}")
        with cursor.cursor.copy(f"COPY {_STAGING} ({columns}) FROM STDIN") as copy:
            for row in rows:
                values = list(row)
                values[context_at] = json.dumps(values[context_at])
                copy.write_row(values)
        dispatched_at = (
            "CASE WHEN send_after <= %s THEN %s::timestamptz END" if dispatch else "NULL"
        )
        params = [now, now] if dispatch else []
        cursor.execute(
            f"INSERT INTO {table} ({columns}, state, attempts, last_error, created_at, "  # noqa: S608 (names are ours)
            f"updated_at, dispatched_at) SELECT {columns}, %s, 0, '', %s, %s, {dispatched_at} "
            f"FROM {_STAGING} ON CONFLICT (to_email, trigger_key) DO NOTHING "
            "RETURNING id, dispatched_at IS NOT NULL",
            [OutboxMessage.State.QUEUED, now, now, *params],
        )
        due = sorted(pk for pk, is_due in cursor.fetchall() if is_due)
        cursor.execute(f"TRUNCATE {_STAGING}")
    return due


def _orm_insert(rows: list[tuple], now: datetime) -> None:
    objects = [OutboxMessage(**dict(zip(DRAFT_COLUMNS, row, strict=True))) for row in rows]
    for start in range(0, len(objects), _ORM_CHUNK):
        OutboxMessage.objects.bulk_create(
            objects[start : start + _ORM_CHUNK], ignore_conflicts=True
        )


def due_rows_mark_dispatched(*, now: datetime, stale: datetime, limit: int) -> list[int]:
    """Mark up to `limit` due, queued rows (not dispatched since `stale`) as dispatched now.

    Run inside a transaction; returns their ids. Rows never dispatched come first (through a
    partial index, so a 100,000-row campaign is walked once, not once per chunk); then rows
    whose task was lost. Concurrent callers skip each other's rows instead of waiting.
    """
    queued = OutboxMessage.objects.filter(state=OutboxMessage.State.QUEUED, send_after__lte=now)
    if not _postgres():
        due = queued.filter(Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=stale))
        ids = list(due.order_by("send_after", "id").values_list("id", flat=True)[:limit])
        OutboxMessage.objects.filter(id__in=ids).update(dispatched_at=now)
        return ids
    table = OutboxMessage._meta.db_table
    ids: list[int] = []
    with connection.cursor() as cursor:
        for condition, params in (
            ("dispatched_at IS NULL", []),
            ("dispatched_at < %s", [stale]),
        ):
            cursor.execute(
                f"UPDATE {table} SET dispatched_at = %s WHERE id IN ("  # noqa: S608 (names are ours)
                f"SELECT id FROM {table} WHERE state = %s AND send_after <= %s AND {condition} "
                "ORDER BY send_after, id LIMIT %s FOR UPDATE SKIP LOCKED) RETURNING id",
                [now, OutboxMessage.State.QUEUED, now, *params, limit - len(ids)],
            )
            ids.extend(sorted(pk for (pk,) in cursor.fetchall()))
            if len(ids) >= limit:
                break
    return ids
