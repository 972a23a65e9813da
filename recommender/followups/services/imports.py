"""Import subscribers from CSV: every row checked first, then all applied or none."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from recommender.followups.models import ConsentRecord, Subscriber
from recommender.followups.services.subscribers import subscriber_input_clean

REQUIRED_COLUMNS = ("email",)
KNOWN_COLUMNS = ("email", "first_name", "timezone")
IMPORT_CONSENT_TEXT = "Imported by staff from a list whose consent the shop holds."


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


def _rows(text: str, report: ImportReport) -> list[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        report.errors.append((1, f"missing column(s): {', '.join(missing)}"))
        return []
    reader.fieldnames = columns
    rows = []
    for row in reader:
        rows.append((reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}))
    return rows


def subscribers_import_csv(*, text: str, confirmed: bool, source: str) -> ImportReport:
    """Create or update subscribers from CSV text; with any bad row nothing is written."""
    report = ImportReport()
    seen: dict[str, int] = {}
    cleaned = []
    for line, row in _rows(text, report):
        try:
            clean = subscriber_input_clean(
                email=row.get("email", ""),
                first_name=row.get("first_name", ""),
                timezone_name=row.get("timezone", "") or "UTC",
            )
        except ValidationError as exc:
            reasons = "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())
            report.errors.append((line, reasons))
            continue
        if clean.email in seen:
            report.errors.append(
                (line, f"email: {clean.email} already on line {seen[clean.email]}")
            )
            continue
        seen[clean.email] = line
        cleaned.append(clean)
    if report.errors:
        return report
    now = timezone.now()
    with transaction.atomic():
        for clean in cleaned:
            subscriber, created = Subscriber.objects.get_or_create(
                email=clean.email,
                defaults={"first_name": clean.first_name, "timezone": clean.timezone},
            )
            if not created:
                subscriber.first_name = clean.first_name or subscriber.first_name
                subscriber.timezone = clean.timezone
            actions = [ConsentRecord.Action.SUBSCRIBED]
            # An unsubscribe stands: an import never overrides a shopper's own choice.
            if confirmed and subscriber.status == Subscriber.Status.PENDING:
                subscriber.status = Subscriber.Status.CONFIRMED
                subscriber.confirmed_at = now
                actions.append(ConsentRecord.Action.CONFIRMED)
            subscriber.save()
            ConsentRecord.objects.bulk_create(
                ConsentRecord(
                    subscriber=subscriber,
                    action=action,
                    source=source[:200],
                    text_shown=IMPORT_CONSENT_TEXT,
                )
                for action in actions
            )
            report.created += int(created)
            report.updated += int(not created)
    return report
