"""Turn an outbox row into the email that goes out: both parts, stable Message-ID, RFC 8058."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from recommender.followups import tokens
from recommender.followups.conf import email_settings
from recommender.followups.headers import address_with_name, header_safe
from recommender.followups.models import OutboxMessage, Subscriber


def unsubscribe_url(*, subscriber: Subscriber) -> str:
    token = tokens.token_make(purpose=tokens.UNSUBSCRIBE, value=subscriber.pk)
    return settings.SITE_URL + reverse("followups:unsubscribe", args=[token])


def confirm_url(*, subscriber: Subscriber) -> str:
    token = tokens.token_make(purpose=tokens.CONFIRM, value=subscriber.pk)
    return settings.SITE_URL + reverse("followups:confirm", args=[token])


def unsubscribe_max_age() -> timedelta:
    return timedelta(days=float(email_settings.UNSUBSCRIBE_MAX_AGE_DAYS))


def _mailto() -> str:
    address = email_settings.UNSUBSCRIBE_MAILTO or settings.DEFAULT_FROM_EMAIL
    if "<" in address:
        address = address.rsplit("<", 1)[1].rstrip(">")
    return header_safe(address)


def email_context(*, message: OutboxMessage) -> dict:
    """The template context: the row's stored context plus what every email carries."""
    subscriber = message.subscriber
    context = {
        **(message.context or {}),
        "site_name": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
        "postal_address": settings.SHOP_POSTAL_ADDRESS,
        "first_name": header_safe(subscriber.first_name, max_length=100) if subscriber else "",
        "is_marketing": message.category == OutboxMessage.Category.MARKETING,
        "subject": message.subject,
        # Tracked links in campaign emails sign the row id (recommender.campaigns).
        "outbox_message_id": message.pk,
    }
    if subscriber is not None and context["is_marketing"]:
        context["unsubscribe_url"] = unsubscribe_url(subscriber=subscriber)
    return context


def email_message_build(*, message: OutboxMessage, connection=None) -> EmailMultiAlternatives:
    context = email_context(message=message)
    html = render_to_string(f"{message.template}.html", context)
    text = render_to_string(f"{message.template}.txt", context)
    headers = {"Message-ID": header_safe(message.message_id, max_length=200)}
    if context.get("unsubscribe_url"):
        headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>, <mailto:{_mailto()}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    name = message.subscriber.first_name if message.subscriber else ""
    email = EmailMultiAlternatives(
        subject=header_safe(message.subject, max_length=300),
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address_with_name(email=message.to_email, name=name)],
        headers=headers,
        connection=connection,
    )
    email.attach_alternative(html, "text/html")
    return email
