"""Subscribing with double opt-in, confirming, unsubscribing and the suppression list."""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone

from recommender.followups import tokens
from recommender.followups.conf import email_settings
from recommender.followups.headers import header_safe
from recommender.followups.models import ConsentRecord, OutboxMessage, Subscriber, Suppression
from recommender.followups.services.outbox import outbox_enqueue
from recommender.followups.services.rendering import confirm_url, unsubscribe_max_age

CONFIRM_TEMPLATE = "followups/email/confirm"


@dataclass(frozen=True)
class SubscriberInput:
    email: str
    first_name: str
    timezone: str


ANONYMOUS_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")


def subscriber_input_clean(
    *, email: str, first_name: str = "", timezone_name: str = ""
) -> SubscriberInput:
    """Normalise what a shopper typed; raise ValidationError naming each bad field."""
    errors: dict[str, list[str]] = {}
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        errors["email"] = ["Enter a valid email address."]
    timezone_name = (timezone_name or "UTC").strip()
    if timezone_name not in zoneinfo.available_timezones():
        errors["timezone"] = [
            f"{timezone_name[:64]!r} is not a known time zone (e.g. Europe/Paris)."
        ]
    if len(first_name or "") > 100:
        errors["first_name"] = ["Use at most 100 characters."]
    if errors:
        raise ValidationError(errors)
    return SubscriberInput(
        email=email, first_name=header_safe(first_name, max_length=100), timezone=timezone_name
    )


def _consent(subscriber, action, *, source="", text_shown="", ip=None, user_agent=""):
    ConsentRecord.objects.create(
        subscriber=subscriber,
        action=action,
        source=(source or "unknown")[:200],
        text_shown=text_shown or "",
        ip=ip or None,
        user_agent=(user_agent or "")[:400],
    )


def confirmation_enqueue(*, subscriber: Subscriber) -> OutboxMessage:
    """The double opt-in email; one per subscriber per day at most, whatever the retries."""
    day = timezone.now().strftime("%Y%m%d")
    return outbox_enqueue(
        to_email=subscriber.email,
        trigger_key=f"confirm:subscriber:{subscriber.pk}:{day}",
        template=CONFIRM_TEMPLATE,
        context={"confirm_url": confirm_url(subscriber=subscriber)},
        subject="Please confirm your subscription",
        category=OutboxMessage.Category.TRANSACTIONAL,
        subscriber=subscriber,
        source="subscribe",
    )


@transaction.atomic
def subscriber_subscribe(
    *,
    email: str,
    first_name: str = "",
    timezone: str = "UTC",
    source: str,
    text_shown: str,
    ip: str | None = None,
    user_agent: str = "",
    anonymous_id: str = "",
) -> Subscriber:
    """Create (or revive) a pending subscriber, record consent, send the confirmation email.

    ``anonymous_id`` (the browser's id in shopper events) links the subscriber to what they
    read and clicked, for follow-ups and segments; an id already set is kept.

    Subscribing again never duplicates the subscriber; a confirmed subscriber stays confirmed
    and gets no new email. Somebody who unsubscribed starts over as pending.
    """
    clean = subscriber_input_clean(email=email, first_name=first_name, timezone_name=timezone)
    try:
        with transaction.atomic():
            subscriber, created = Subscriber.objects.select_for_update().get_or_create(
                email=clean.email,
                defaults={"first_name": clean.first_name, "timezone": clean.timezone},
            )
    except IntegrityError:  # someone else created it a moment ago
        subscriber, created = Subscriber.objects.select_for_update().get(email=clean.email), False
    anonymous_id = (anonymous_id or "").strip()
    if anonymous_id and not subscriber.anonymous_id and ANONYMOUS_ID.fullmatch(anonymous_id):
        subscriber.anonymous_id = anonymous_id
        subscriber.save(update_fields=["anonymous_id", "updated_at"])
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return subscriber
    if not created:
        subscriber.first_name = clean.first_name or subscriber.first_name
        subscriber.timezone = clean.timezone
        subscriber.status = Subscriber.Status.PENDING
        subscriber.save(update_fields=["first_name", "timezone", "status", "updated_at"])
    _consent(
        subscriber,
        ConsentRecord.Action.SUBSCRIBED,
        source=source,
        text_shown=text_shown,
        ip=ip,
        user_agent=user_agent,
    )
    confirmation_enqueue(subscriber=subscriber)
    return subscriber


def subscriber_from_token(*, token: str, purpose: str, max_age: timedelta) -> Subscriber:
    """The subscriber a link names; TokenInvalid if forged/expired, DoesNotExist if gone."""
    pk = tokens.token_read(purpose=purpose, token=token, max_age=max_age)
    return Subscriber.objects.get(pk=pk)


@transaction.atomic
def subscriber_confirm(*, token: str, ip: str | None = None, user_agent: str = "") -> Subscriber:
    max_age = timedelta(days=float(email_settings.CONFIRM_MAX_AGE_DAYS))
    subscriber = subscriber_from_token(token=token, purpose=tokens.CONFIRM, max_age=max_age)
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    if subscriber.status == Subscriber.Status.PENDING:
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at", "updated_at"])
        _consent(
            subscriber,
            ConsentRecord.Action.CONFIRMED,
            source="confirmation link",
            ip=ip,
            user_agent=user_agent,
        )
    return subscriber


@transaction.atomic
def subscriber_unsubscribe(
    *, subscriber: Subscriber, source: str, ip: str | None = None, user_agent: str = ""
) -> Subscriber:
    """Stop all marketing email to this subscriber at once, including mail already queued."""
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    now = timezone.now()
    if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = now
        subscriber.save(update_fields=["status", "unsubscribed_at", "updated_at"])
        _consent(
            subscriber,
            ConsentRecord.Action.UNSUBSCRIBED,
            source=source,
            ip=ip,
            user_agent=user_agent,
        )
    OutboxMessage.objects.filter(
        subscriber=subscriber,
        category=OutboxMessage.Category.MARKETING,
        state=OutboxMessage.State.QUEUED,
    ).update(state=OutboxMessage.State.CANCELLED, last_error="Unsubscribed.", updated_at=now)
    return subscriber


def subscriber_unsubscribe_by_token(
    *, token: str, source: str, ip=None, user_agent=""
) -> Subscriber:
    subscriber = subscriber_from_token(
        token=token, purpose=tokens.UNSUBSCRIBE, max_age=unsubscribe_max_age()
    )
    return subscriber_unsubscribe(
        subscriber=subscriber, source=source, ip=ip, user_agent=user_agent
    )


@transaction.atomic
def suppression_add(
    *, email: str, reason: str, provider_event_id: str = "", detail: str = ""
) -> Suppression:
    """Never email this address again; mail already queued for it is cancelled."""
    email = (email or "").strip().lower()
    validate_email(email)
    if reason not in Suppression.Reason.values:
        raise ValidationError(f"Unknown suppression reason {reason!r}.", code="reason")
    suppression, _created = Suppression.objects.get_or_create(
        email=email,
        defaults={"reason": reason, "provider_event_id": provider_event_id[:200], "detail": detail},
    )
    OutboxMessage.objects.filter(to_email=email, state=OutboxMessage.State.QUEUED).update(
        state=OutboxMessage.State.CANCELLED,
        last_error=f"Suppressed ({suppression.reason}).",
        updated_at=timezone.now(),
    )
    return suppression
