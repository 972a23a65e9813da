"""Bounces and complaints from the email provider, through django-anymail's tracking signal.

anymail authenticates the webhook (ANYMAIL["WEBHOOK_SECRET"], HTTP basic auth) and parses each
provider's payload into AnymailTrackingEvent; we record each event once by its id.
"""

from __future__ import annotations

import hashlib
import json
import logging

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from recommender.followups.models import ProviderEvent, Suppression
from recommender.followups.services import suppression_add

logger = logging.getLogger(__name__)

SUPPRESSING_EVENTS = {
    "bounced": Suppression.Reason.BOUNCE,
    "rejected": Suppression.Reason.BOUNCE,
    "complained": Suppression.Reason.COMPLAINT,
    "unsubscribed": Suppression.Reason.UNSUBSCRIBE,
}


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
    try:
        with transaction.atomic():
            ProviderEvent.objects.create(
                event_id=event_id,
                esp=esp_name[:60],
                event_type=(event.event_type or "unknown")[:40],
                recipient=(event.recipient or "")[:254],
                payload=_payload(event) if isinstance(event.esp_event, dict | list) else {},
            )
            reason = SUPPRESSING_EVENTS.get(event.event_type)
            if reason and event.recipient:
                parts = (event.description, event.mta_response, event.reject_reason)
                detail = "\n".join(str(part) for part in parts if part)
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
