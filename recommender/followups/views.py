"""Public pages: confirm, unsubscribe (with RFC 8058 one-click POST) and the subscribe form."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from recommender.followups import tokens
from recommender.followups.models import Subscriber
from recommender.followups.services import (
    subscriber_confirm,
    subscriber_subscribe,
    subscriber_unsubscribe,
)
from recommender.followups.services.rendering import unsubscribe_max_age
from recommender.followups.services.subscribers import subscriber_from_token

CONSENT_TEXT = (
    "Send me advice and product picks for my running pain by email. "
    "I can unsubscribe at any time with one click."
)


def client_ip(request: HttpRequest) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


def _bad_link(request: HttpRequest, status: int) -> HttpResponse:
    return render(request, "followups/bad_link.html", status=status)


def confirm_view(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = subscriber_confirm(
            token=token,
            ip=client_ip(request),
            user_agent=request.headers.get("User-Agent", ""),
        )
    except tokens.TokenInvalid:
        return _bad_link(request, 400)
    except Subscriber.DoesNotExist:
        return _bad_link(request, 404)
    return render(request, "followups/confirmed.html", {"subscriber": subscriber})


# Mail providers POST here with no cookies and no CSRF token (RFC 8058); the signed token in
# the URL is the proof. GET only shows a button, so link scanners change nothing.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe_view(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = subscriber_from_token(
            token=token, purpose=tokens.UNSUBSCRIBE, max_age=unsubscribe_max_age()
        )
    except tokens.TokenInvalid:
        return _bad_link(request, 400)
    except Subscriber.DoesNotExist:
        return _bad_link(request, 404)
    if request.method == "GET":
        return render(request, "followups/unsubscribe.html", {"subscriber": subscriber})
    one_click = request.POST.get("List-Unsubscribe") == "One-Click"
    subscriber_unsubscribe(
        subscriber=subscriber,
        source="one-click header" if one_click else "unsubscribe page",
        ip=client_ip(request),
        user_agent=request.headers.get("User-Agent", ""),
    )
    return render(request, "followups/unsubscribed.html", {"subscriber": subscriber})


@require_POST
def subscribe_view(request: HttpRequest) -> HttpResponse:
    """The embeddable form posts here; the same answer whether or not the address is known."""
    errors: dict = {}
    if request.POST.get("consent") not in ("on", "true", "1", "yes"):
        errors["consent"] = ["Tick the box to agree to receive email."]
    if not errors:
        try:
            subscriber_subscribe(
                email=request.POST.get("email", ""),
                first_name=request.POST.get("first_name", ""),
                timezone=request.POST.get("timezone", "") or "UTC",
                source=(request.POST.get("source") or request.headers.get("Referer") or "form")[
                    :200
                ],
                text_shown=CONSENT_TEXT,
                ip=client_ip(request),
                user_agent=request.headers.get("User-Agent", ""),
                anonymous_id=request.POST.get("anonymous_id", ""),
            )
        except ValidationError as exc:
            errors = exc.message_dict
    context = {"errors": errors, "values": request.POST, "consent_text": CONSENT_TEXT}
    template = "followups/subscribe_error.html" if errors else "followups/subscribe_thanks.html"
    return render(request, template, context, status=400 if errors else 200)
