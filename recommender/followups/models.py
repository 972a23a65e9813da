"""Subscribers and their consent, the suppression list, provider events and the email outbox."""

from __future__ import annotations

import uuid
import zoneinfo
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from config.db import TimeStampedModel


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            "%(value)s is not a known time zone (use an IANA name such as Europe/London).",
            code="invalid_timezone",
            params={"value": value},
        )


def message_id_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "stridewise.invalid"


def message_id_new(domain: str | None = None) -> str:
    """A Message-ID made once per outbox row, so a repeated send is recognisably the same."""
    return f"<{uuid.uuid4().hex}@{domain or message_id_domain()}>"


class Subscriber(TimeStampedModel):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending confirmation"
        CONFIRMED = "confirmed", "Confirmed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    email = models.EmailField(max_length=254, unique=True, help_text="Stored lower-cased.")
    first_name = models.CharField(max_length=100, blank=True)
    timezone = models.CharField(max_length=64, default="UTC", validators=[validate_timezone])
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    preferences = models.JSONField(default=dict, blank=True)
    interests = models.JSONField(
        default=list, blank=True, help_text="Cause slugs this subscriber cares about."
    )
    anonymous_id = models.CharField(
        max_length=64, blank=True, db_index=True, help_text="Links site events to the subscriber."
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="email_subscriptions",
    )

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"], name="followups_sub_status")]
        constraints = [
            models.CheckConstraint(
                condition=Q(email=models.functions.Lower("email")),
                name="followups_subscriber_email_lower",
            )
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def can_receive_marketing(self) -> bool:
        return self.status == self.Status.CONFIRMED


class ConsentRecord(models.Model):
    """What a subscriber agreed to (or withdrew), where, and the words they were shown."""

    class Action(models.TextChoices):
        SUBSCRIBED = "subscribed", "Subscribed"
        CONFIRMED = "confirmed", "Confirmed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    action = models.CharField(max_length=20, choices=Action.choices)
    source = models.CharField(max_length=200, help_text="Where: a page path, api, import, ...")
    text_shown = models.TextField(blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=400, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.action} via {self.source}"


class Suppression(TimeStampedModel):
    """An address that must never be emailed (bounced, complained, or asked to stop)."""

    class Reason(models.TextChoices):
        BOUNCE = "bounce", "Bounced"
        COMPLAINT = "complaint", "Complaint"
        MANUAL = "manual", "Added by staff"
        UNSUBSCRIBE = "unsubscribe", "Unsubscribed"

    email = models.EmailField(max_length=254, unique=True)
    reason = models.CharField(max_length=20, choices=Reason.choices)
    provider_event_id = models.CharField(max_length=200, blank=True)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} ({self.reason})"


class ProviderEvent(TimeStampedModel):
    """A tracking event from the email provider; the unique event id makes webhooks idempotent."""

    event_id = models.CharField(max_length=200, unique=True)
    esp = models.CharField(max_length=60)
    event_type = models.CharField(max_length=40, db_index=True)
    recipient = models.EmailField(max_length=254, blank=True, db_index=True)
    payload = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.esp} {self.event_type} {self.recipient}"


class OutboxMessage(TimeStampedModel):
    """One email to one address for one reason. The state moves only by conditional updates."""

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Cancelled"

    class Category(models.TextChoices):
        MARKETING = "marketing", "Marketing"
        TRANSACTIONAL = "transactional", "Transactional"

    subscriber = models.ForeignKey(
        Subscriber, null=True, blank=True, on_delete=models.SET_NULL, related_name="messages"
    )
    to_email = models.EmailField(max_length=254)
    category = models.CharField(max_length=20, choices=Category.choices)
    trigger_key = models.CharField(
        max_length=200, help_text="Why it is sent: campaign:12, flow:article:5, confirm:..."
    )
    source = models.CharField(max_length=100, blank=True, db_index=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.QUEUED)
    template = models.CharField(max_length=200, help_text="Template path without .html/.txt.")
    context = models.JSONField(default=dict, blank=True)
    subject = models.CharField(max_length=300)
    message_id = models.CharField(max_length=200, unique=True, default=message_id_new)
    send_after = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    claim_token = models.UUIDField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    dispatched_at = models.DateTimeField(
        null=True, blank=True, help_text="When a send task was last queued for this row."
    )
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["to_email", "trigger_key"], name="followups_outbox_once_per_trigger"
            ),
            models.CheckConstraint(
                condition=Q(state="sent", sent_at__isnull=False) | ~Q(state="sent"),
                name="followups_outbox_sent_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["state", "send_after"], name="followups_outbox_due"),
            models.Index(fields=["state", "claimed_at"], name="followups_outbox_claimed"),
            # Rows no send task was queued for yet: what a large campaign's dispatch walks.
            models.Index(
                fields=["send_after", "id"],
                name="followups_outbox_undispatched",
                condition=Q(state="queued", dispatched_at__isnull=True),
            ),
            models.Index(fields=["trigger_key"], name="followups_outbox_trigger"),
            models.Index(
                fields=["to_email", "category", "sent_at"], name="followups_outbox_recent"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.trigger_key} to {self.to_email} ({self.state})"
