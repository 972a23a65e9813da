"""Tracked links: a signed token names the outbox row and a target on this site.

The token is signed (not encrypted) with its own salt, so nobody can make one that records a
click for another email or sends a reader anywhere but a page of this shop.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.core import signing
from django.urls import reverse

from recommender.campaigns.conf import campaign_settings
from recommender.campaigns.models import TrackedClick
from recommender.followups.models import OutboxMessage
from shop.models import Product

SALT = "campaigns.tracked_link"


class LinkInvalid(Exception):
    """Forged, damaged or expired token, or a target that is not a page of this site."""


def site_path_check(path: str) -> str:
    """``path`` if it is a path on this site (no scheme, no host, no protocol-relative trick)."""
    path = (path or "").strip()
    parts = urlsplit(path)
    if (
        not path.startswith("/")
        or path.startswith("//")
        or "\\" in path
        or parts.scheme
        or parts.netloc
        or any(ord(char) < 32 for char in path)
    ):
        raise LinkInvalid(f"Tracked links lead to pages of this site only, not {path!r}.")
    return path


def tracked_link_make(*, message_id: int | None, sku: str = "", path: str = "") -> str:
    """An absolute URL that records a click and leads to the product (by SKU) or the path.

    Without a message id (a preview) the link leads straight to the target.
    """
    if bool(sku) == bool(path):
        raise ValueError("A tracked link leads to a product SKU or a path, exactly one.")
    if path:
        site_path_check(path)
    if message_id is None:
        target = path or _product_path(sku)
        return settings.SITE_URL + target
    payload = {"m": int(message_id), "s": sku} if sku else {"m": int(message_id), "p": path}
    token = signing.TimestampSigner(salt=SALT).sign_object(payload, compress=True)
    return settings.SITE_URL + reverse("campaigns:redirect", args=[token])


def _product_path(sku: str) -> str:
    product = Product.objects.filter(sku=sku).only("pk", "slug").first()
    return product.get_absolute_url() if product else "/"


def _with_utm(path: str, *, campaign: str, content: str) -> str:
    parts = urlsplit(path)
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")]
    query += [
        ("utm_source", "email"),
        ("utm_medium", "email"),
        ("utm_campaign", campaign or "email"),
    ]
    if content:
        query.append(("utm_content", content))
    return urlunsplit(("", "", parts.path, urlencode(query), parts.fragment))


def _ip_hash(ip: str | None) -> str:
    if not ip:
        return ""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()


def tracked_click_record(*, token: str, ip: str | None = None, record: bool = True) -> str:
    """Check the token, record the click, and return where to send the reader (a local path).

    ``record=False`` (a HEAD request from a link checker) answers the same without counting.
    """
    try:
        payload = signing.TimestampSigner(salt=SALT).unsign_object(
            token, max_age=timedelta(days=float(campaign_settings.LINK_MAX_AGE_DAYS))
        )
        message_id = int(payload["m"])
        sku = str(payload.get("s") or "")
        path = str(payload.get("p") or "")
    except (signing.BadSignature, ValueError, TypeError, KeyError) as exc:
        raise LinkInvalid("This link is damaged or has expired.") from exc
    product = None
    if sku:
        product = Product.objects.filter(sku=sku).only("pk", "slug").first()
        target = product.get_absolute_url() if product else "/"
    else:
        target = site_path_check(path)
    message = OutboxMessage.objects.filter(pk=message_id).only("pk", "source").first()
    if message is None:  # the email's row is gone: still take the reader where they meant to go
        return target
    url = _with_utm(target, campaign=message.source, content=sku)
    if not record:
        return url
    TrackedClick.objects.create(
        outbox_message=message, product=product, url=url[:500], ip_hash=_ip_hash(ip)
    )
    return url
