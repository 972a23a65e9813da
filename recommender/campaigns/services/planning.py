"""Campaigns: plan one outbox row per recipient, schedule, cancel, preview, test send."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from recommender.campaigns.conf import campaign_settings
from recommender.campaigns.models import Campaign
from recommender.campaigns.selectors import (
    Segment,
    SegmentError,
    campaign_recipients,
    campaign_segment,
    causes_from_reading,
)
from recommender.campaigns.services.content import ProductPicker
from recommender.followups.models import OutboxMessage, Subscriber
from recommender.followups.services import (
    OutboxDraft,
    email_message_build,
    outbox_cancel,
    outbox_enqueue,
    outbox_enqueue_many,
)

Status = Campaign.Status
logger = logging.getLogger(__name__)


class CampaignError(ValueError):
    """The campaign cannot do that in its present state."""


def campaign_create_or_update(
    *, name: str, segment: Segment, subject: str = "", intro: str = "", created_by=None
) -> tuple[Campaign, bool]:
    """The campaign with this name, created if new; a draft takes the segment given."""
    campaign, created = Campaign.objects.get_or_create(
        name=name.strip(),
        defaults={
            "segment_kind": segment.kind,
            "segment_value": segment.value,
            "subject": subject or name.strip(),
            "intro": intro,
            "created_by": created_by,
        },
    )
    if not created and campaign.status == Status.DRAFT:
        campaign.segment_kind, campaign.segment_value = segment.kind, segment.value
        campaign.save(update_fields=["segment_kind", "segment_value", "updated_at"])
    return campaign, created


def campaign_save(*, campaign: Campaign, user=None) -> Campaign:
    """Save staff edits; the first save records who created the campaign."""
    if campaign.pk is None and user is not None and user.is_authenticated:
        campaign.created_by = user
    campaign.name = campaign.name.strip()
    campaign.segment_value = campaign.segment_value.strip()
    campaign.save()
    return campaign


def _draft_context(campaign: Campaign, picker: ProductPicker, causes: tuple[str, ...]) -> dict:
    return picker.context(causes, intro=campaign.intro, headline=campaign.subject)


def _segment_causes(segment: Segment) -> list[str]:
    return [segment.value] if segment.kind == Campaign.Segment.CAUSE else []


def campaign_plan(*, campaign: Campaign) -> int:
    """One marketing outbox row per recipient emailable now; planning again adds nobody twice.

    Recipients are read as plain rows in chunks; products are ranked once per distinct cause
    set. Returns the number of rows the campaign has in the outbox afterwards.
    """
    segment = campaign_segment(campaign=campaign)  # a segment gone bad stops here, unchanged
    claimed = Campaign.objects.filter(
        pk=campaign.pk, status__in=[Status.DRAFT, Status.SCHEDULED, Status.SENDING, Status.SENT]
    ).update(status=Status.SENDING, planned_at=None, updated_at=timezone.now())
    if not claimed:
        raise CampaignError("A cancelled campaign cannot be sent.")
    picker = ProductPicker()
    base_causes = _segment_causes(segment)
    chunk_size = max(1, int(campaign_settings.PLAN_CHUNK))
    recipients = campaign_recipients(campaign=campaign)
    reading = causes_from_reading(readers=recipients)
    contexts: dict[tuple[str, ...], dict] = {}
    rows = recipients.order_by("pk").values_list("pk", "email", "anonymous_id", "interests")
    chunk: list[tuple] = []

    def flush() -> None:
        drafts = []
        for pk, email, anonymous_id, interests in chunk:
            causes = picker.causes_for(
                base_causes,
                interests if isinstance(interests, list) else [],
                sorted(reading.get(anonymous_id, ())),
            )
            context = contexts.get(causes)
            if context is None:  # one context per cause set, shared by its recipients
                context = contexts[causes] = _draft_context(campaign, picker, causes)
            drafts.append(
                OutboxDraft(
                    to_email=email,
                    trigger_key=campaign.trigger_key,
                    template=campaign.template,
                    subject=campaign.subject,
                    category=OutboxMessage.Category.MARKETING,
                    context=context,
                    subscriber_id=pk,
                    source=campaign.source,
                )
            )
        # Due rows get their send tasks as each chunk commits, so sending starts at once.
        outbox_enqueue_many(drafts=drafts, dispatch=True)
        chunk.clear()

    for row in rows.iterator(chunk_size=chunk_size):
        chunk.append(row)
        if len(chunk) >= chunk_size:
            flush()
    if chunk:
        flush()
    planned = OutboxMessage.objects.filter(trigger_key=campaign.trigger_key).count()
    now = timezone.now()
    Campaign.objects.filter(pk=campaign.pk).update(
        planned_count=planned, planned_at=now, updated_at=now
    )
    campaign.refresh_from_db()
    return planned


def campaign_schedule(*, campaign: Campaign, at: datetime | None = None) -> Campaign:
    """Send at ``at`` (now when None or past): the beat task plans it when due."""
    if campaign.status not in (Status.DRAFT, Status.SCHEDULED):
        raise CampaignError(
            f"A {campaign.get_status_display().lower()} campaign cannot be scheduled."
        )
    campaign_segment(campaign=campaign)  # a bad segment is refused now, not at send time
    now = timezone.now()
    campaign.scheduled_at = at if at is not None and at > now else now
    campaign.status = Status.SCHEDULED
    campaign.save(update_fields=["scheduled_at", "status", "updated_at"])
    if campaign.scheduled_at <= now:
        from recommender.campaigns.tasks import plan_campaign

        campaign_id = campaign.pk
        transaction.on_commit(lambda: plan_campaign.delay(campaign_id))
    return campaign


def campaign_cancel(*, campaign: Campaign) -> int:
    """Stop the campaign; rows not yet being sent are cancelled. Returns how many."""
    if campaign.status == Status.CANCELLED:
        return 0
    with transaction.atomic():
        Campaign.objects.filter(pk=campaign.pk).update(
            status=Status.CANCELLED, updated_at=timezone.now()
        )
        ids = OutboxMessage.objects.filter(
            trigger_key=campaign.trigger_key, state=OutboxMessage.State.QUEUED
        ).values_list("pk", flat=True)
        cancelled = outbox_cancel(ids=list(ids), reason="The campaign was cancelled.")
    campaign.refresh_from_db()
    return cancelled


def campaigns_plan_due(*, now: datetime | None = None) -> list[int]:
    """Plan scheduled campaigns whose time has come; mark finished ones sent."""
    now = now or timezone.now()
    due = list(
        Campaign.objects.filter(status=Status.SCHEDULED, scheduled_at__lte=now).order_by(
            "scheduled_at"
        )
    )
    planned = []
    for campaign in due:
        try:
            campaign_plan(campaign=campaign)
            planned.append(campaign.pk)
        except (CampaignError, SegmentError) as exc:
            # Back to draft, so staff see it in the admin instead of a retry every minute.
            logger.warning("campaign %s not sent: %s", campaign.pk, exc)
            Campaign.objects.filter(pk=campaign.pk, status=Status.SCHEDULED).update(
                status=Status.DRAFT, updated_at=now
            )
    waiting = OutboxMessage.objects.filter(
        state__in=[OutboxMessage.State.QUEUED, OutboxMessage.State.SENDING]
    )
    # planned_at is set only when planning finished: a campaign still being planned stays.
    finished_planning = Campaign.objects.filter(status=Status.SENDING, planned_at__isnull=False)
    for campaign in finished_planning.only("pk"):
        if not waiting.filter(trigger_key=campaign.trigger_key).exists():
            Campaign.objects.filter(pk=campaign.pk, status=Status.SENDING).update(
                status=Status.SENT, updated_at=now
            )
    return planned


@dataclass(frozen=True)
class Preview:
    subject: str
    html: str
    text: str
    headers: dict


def _recipient_context(campaign: Campaign, subscriber: Subscriber) -> dict:
    picker = ProductPicker()
    reading = causes_from_reading(anonymous_ids=[subscriber.anonymous_id])
    causes = picker.causes_for(
        _segment_causes(campaign_segment(campaign=campaign)),
        subscriber.interests if isinstance(subscriber.interests, list) else [],
        sorted(reading.get(subscriber.anonymous_id, ())),
    )
    return _draft_context(campaign, picker, causes)


def campaign_preview(*, campaign: Campaign, subscriber: Subscriber) -> Preview:
    """The email this subscriber would get, rendered as delivery renders it (nothing saved)."""
    message = OutboxMessage(
        subscriber=subscriber,
        to_email=subscriber.email,
        category=OutboxMessage.Category.MARKETING,
        trigger_key=campaign.trigger_key,
        source=campaign.source,
        template=campaign.template,
        subject=campaign.subject,
        context=_recipient_context(campaign, subscriber),
    )
    email = email_message_build(message=message)
    html = next((body for body, mime in email.alternatives if mime == "text/html"), "")
    return Preview(
        subject=email.subject, html=html, text=email.body, headers=dict(email.extra_headers)
    )


def campaign_test_send(
    *, campaign: Campaign, to_email: str, subscriber: Subscriber | None = None
) -> OutboxMessage:
    """Queue the email (as ``subscriber`` would get it) to a staff address, now.

    Sent as transactional, so it goes out whatever that address's subscription; each test
    send has its own trigger key, so sending twice sends twice.
    """
    context = (
        _recipient_context(campaign, subscriber)
        if subscriber is not None
        else _draft_context(
            campaign, ProductPicker(), tuple(_segment_causes(campaign_segment(campaign=campaign)))
        )
    )
    return outbox_enqueue(
        to_email=to_email,
        trigger_key=f"campaign-test:{campaign.pk}:{uuid.uuid4().hex}",
        template=campaign.template,
        context=context,
        subject=f"[Test] {campaign.subject}",
        category=OutboxMessage.Category.TRANSACTIONAL,
        source=f"campaign-test:{campaign.pk}",
    )
