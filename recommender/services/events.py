"""Shopper events: record them, and sum them into per-article product signals."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.dispatch import Signal
from django.utils import timezone

from content.models import Article
from recommender.conf import recommender_settings
from recommender.models import ArticleProductSignal, Cause, Event
from shop.models import Product

ANONYMOUS_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
MAX_QUANTITY = 1000
# How much each kind of event says about a product's fit for an article's readers.
SCORE_WEIGHTS = {"clicks": 1.0, "add_to_carts": 2.0, "purchases": 4.0}


# Sent after a purchase event commits, with event=<Event>.
event_purchase_recorded = Signal()


def _clean_value(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError({"value": "Value must be a number."}) from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e10"):
        raise ValidationError({"value": "Value must be zero or more."})
    return amount.quantize(Decimal("0.01"))


def event_record(
    *,
    kind: str,
    product_sku: str,
    anonymous_id: str = "",
    user: Any = None,
    article_slug: str = "",
    cause: str = "",
    quantity: int = 1,
    value: Any = None,
) -> Event:
    """Record one shopper event; raises ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    if kind not in Event.Kind.values:
        errors["kind"] = f"Kind must be one of {', '.join(Event.Kind.values)}."
    user = user if user is not None and getattr(user, "is_authenticated", False) else None
    anonymous_id = (anonymous_id or "").strip()
    if anonymous_id and not ANONYMOUS_ID.match(anonymous_id):
        errors["anonymous_id"] = "Use up to 64 letters, digits, dots, dashes or underscores."
    elif not anonymous_id and user is None:
        errors["anonymous_id"] = "Send an anonymous_id, or sign in."
    reading = kind == Event.Kind.VIEW_ARTICLE
    product = Product.objects.filter(sku=product_sku).only("pk").first() if product_sku else None
    if reading and product_sku:
        errors["product"] = "A view_article event names an article, not a product."
    elif product is None and not reading:
        errors["product"] = f"No product with SKU {product_sku!r}." if product_sku else "Required."
    article = None
    if article_slug:
        article = (
            Article.objects.filter(slug=article_slug, status=Article.Status.PUBLISHED)
            .only("pk")
            .first()
        )
        if article is None:
            errors["article"] = f"No published article {article_slug!r}."
    elif reading:
        errors["article"] = "Required for a view_article event."
    if cause and not Cause.objects.filter(slug=cause).exists():
        errors["cause"] = f"No cause {cause!r}."
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        errors["quantity"] = "Quantity must be a whole number."
    elif not 1 <= quantity <= MAX_QUANTITY:
        errors["quantity"] = f"Quantity must be between 1 and {MAX_QUANTITY}."
    try:
        amount = _clean_value(value)
    except ValidationError as exc:
        errors.update({key: messages[0] for key, messages in exc.message_dict.items()})
    if errors:
        raise ValidationError(errors)
    event = Event.objects.create(
        kind=kind,
        anonymous_id=anonymous_id,
        user=user,
        product=product,
        article=article,
        cause_slug=cause,
        quantity=quantity,
        value=amount,
    )
    if kind == Event.Kind.PURCHASE:
        # Optional apps (campaign attribution) listen; the core does not know them.
        transaction.on_commit(lambda: event_purchase_recorded.send_robust(Event, event=event))
    return event


def article_signals_refresh(*, article_ids: Iterable[int]) -> int:
    """Recount the signals of these articles from their events (one aggregate query)."""
    ids = sorted(set(article_ids))
    if not ids:
        return 0
    since = timezone.now() - timedelta(days=recommender_settings.SIGNAL_WINDOW_DAYS)
    kinds = Event.Kind
    totals = (
        Event.objects.filter(article_id__in=ids, product__isnull=False, created_at__gte=since)
        .values("article_id", "product_id")
        .annotate(
            clicks=Count("pk", filter=Q(kind=kinds.SELECT_ITEM)),
            add_to_carts=Sum("quantity", filter=Q(kind=kinds.ADD_TO_CART), default=0),
            purchases=Sum("quantity", filter=Q(kind=kinds.PURCHASE), default=0),
        )
        .order_by()
    )
    rows = []
    for total in totals:
        score = sum(weight * total[name] for name, weight in SCORE_WEIGHTS.items())
        rows.append(
            ArticleProductSignal(
                article_id=total["article_id"],
                product_id=total["product_id"],
                clicks=total["clicks"],
                add_to_carts=total["add_to_carts"],
                purchases=total["purchases"],
                score=score,
            )
        )
    with transaction.atomic():
        ArticleProductSignal.objects.filter(article_id__in=ids).delete()
        ArticleProductSignal.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def article_signals_refresh_recent(*, minutes: int = 15) -> set[int]:
    """Refresh the articles that had events in the last ``minutes``; returns their ids."""
    since = timezone.now() - timedelta(minutes=minutes)
    # Article reads name no product and add no signal: they never cost a recomputation.
    ids = set(
        Event.objects.filter(created_at__gte=since, article__isnull=False, product__isnull=False)
        .values_list("article_id", flat=True)
        .distinct()
    )
    article_signals_refresh(article_ids=ids)
    return ids
