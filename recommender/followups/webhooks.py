"""Bounces and complaints from the email provider, through django-anymail's tracking signal.

anymail authenticates the webhook (ANYMAIL["WEBHOOK_SECRET"], HTTP basic auth) and parses each
provider's payload into AnymailTrackingEvent; we record each event once by its id.

A hard bounce, a rejection or a complaint suppresses the address at once. A soft bounce (a full
mailbox, a server that is down for a while) is recorded as ``soft_bounced`` and suppresses the
address only when it keeps happening: ``SOFT_BOUNCE_LIMIT`` of them within
``SOFT_BOUNCE_WINDOW_DAYS``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from recommender.followups.conf import email_settings
from recommender.followups.models import ProviderEvent, Suppression
from recommender.followups.services import suppression_add

logger = logging.getLogger(__name__)

SUPPRESSING_EVENTS = {
    "bounced": Suppression.Reason.BOUNCE,
    "rejected": Suppression.Reason.BOUNCE,
    "complained": Suppression.Reason.COMPLAINT,
    "unsubscribed": Suppression.Reason.UNSUBSCRIBE,
}


SOFT_BOUNCED = "soft_bounced"
# Provider bounce types that name a temporary failure (anymail reports them as "bounced").
_SOFT_BOUNCE_TYPES = {"softbounce", "transient", "dnserror", "temporary"}
# An SMTP reply or enhanced status code of class 4 is temporary (RFC 5321, RFC 3463).
_TEMPORARY_SMTP = re.compile(r"(?:^|[\s;:])4(?:\d\d(?:[\s-]|$)|\.\d{1,3}\.\d{1,3}\b)")
_PERMANENT_SMTP = re.compile(r"(?:^|[\s;:])5(?:\d\d(?:[\s-]|$)|\.\d{1,3}\.\d{1,3}\b)")


def _is_soft_bounce(event) -> bool:
    """A bounce the provider or the remote server calls temporary."""
    if event.event_type != "bounced":
        return False
    esp_event = event.esp_event if isinstance(event.esp_event, dict) else {}
    kind = str(esp_event.get("Type") or esp_event.get("severity") or "").lower()
    if kind in _SOFT_BOUNCE_TYPES:
        return True
    reply = str(event.mta_response or esp_event.get("Details") or "")
    return bool(_TEMPORARY_SMTP.search(reply)) and not _PERMANENT_SMTP.search(reply)


def _soft_bounces_recently(recipient: str) -> int:
    since = timezone.now() - timedelta(days=float(email_settings.SOFT_BOUNCE_WINDOW_DAYS))
    return ProviderEvent.objects.filter(
        recipient__iexact=recipient, event_type=SOFT_BOUNCED, created_at__gte=since
    ).count()


def _event_id(event, esp_name: str) -> str:
    if event.event_id:
        return str(event.event_id)[:200]
    # Some providers send no id; the same event always hashes to the same value.
    raw = json.dumps(
        [esp_name, event.event_type, event.recipient, str(event.timestamp), event.message_id],
        default=str,
    )
    return "sha256:" + hashlib.sha256(raw.encode()).hexdigest()


def _payload(event) -> dict:
    try:
        return json.loads(json.dumps(event.esp_event, default=str))
    except (TypeError, ValueError):
        return {"repr": repr(event.esp_event)[:2000]}


def tracking_event_received(sender, event, esp_name: str, **kwargs) -> None:
    event_id = _event_id(event, esp_name)
    soft = _is_soft_bounce(event)
    try:
        with transaction.atomic():
            ProviderEvent.objects.create(
                event_id=event_id,
                esp=esp_name[:60],
                event_type=SOFT_BOUNCED if soft else (event.event_type or "unknown")[:40],
                recipient=(event.recipient or "")[:254],
                payload=_payload(event) if isinstance(event.esp_event, dict | list) else {},
            )
            reason = SUPPRESSING_EVENTS.get(event.event_type)
            parts = (event.description, event.mta_response, event.reject_reason)
            detail = "\n".join(str(part) for part in parts if part)
            if soft and event.recipient:
                count = _soft_bounces_recently(event.recipient)
                if count < int(email_settings.SOFT_BOUNCE_LIMIT):
                    logger.info("soft bounce %d for provider event %s", count, event_id)
                    reason = None
                else:
                    days = email_settings.SOFT_BOUNCE_WINDOW_DAYS
                    detail = f"{count} soft bounces within {days:g} days.\n{detail}"
            if reason and event.recipient:
                try:
                    suppression_add(
                        email=event.recipient,
                        reason=reason,
                        provider_event_id=event_id,
                        detail=str(detail)[:2000],
                    )
                except ValidationError:
                    logger.warning("provider event %s names an invalid address", event_id)
    except IntegrityError:
        logger.info("provider event %s seen before; ignored", event_id)
