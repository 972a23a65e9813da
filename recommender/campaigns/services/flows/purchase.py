"""Post-purchase: complementary products soon after, a replacement reminder months later."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import CharField, Count, Exists, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from recommender.campaigns.conf import campaign_settings
from recommender.campaigns.models import Flow
from recommender.campaigns.products import absolute_url
from recommender.campaigns.services.flows.common import Kind, flow_draft, flow_enabled_get
from recommender.followups.models import OutboxMessage
from recommender.followups.selectors import subscriber_list_emailable
from recommender.followups.services import outbox_enqueue_many
from recommender.models import Event
from shop.models import Product, Variant


def _in_stock() -> Exists:
    return Exists(Variant.objects.filter(product=OuterRef("pk"), stock__gt=0))


def _complementary_cards(product: Product, categories: list[str], bought: set[int]) -> list[dict]:
    popular = (
        Product.objects.filter(_in_stock(), is_active=True, category__slug__in=categories)
        .exclude(pk__in=bought)
        .annotate(buyers=Count("events", filter=Q(events__kind=Event.Kind.PURCHASE)))
        .select_related("category")
        .order_by("-buyers", "price", "pk")[: int(campaign_settings.PRODUCTS_PER_EMAIL)]
    )
    reason = f"Goes well with your {product.name}."
    return [_card(item, reason) for item in popular]


def _card(product: Product, reason: str) -> dict:
    return {
        "sku": product.sku,
        "name": product.name,
        "price": str(product.price),
        "currency": product.currency,
        "image_url": absolute_url(product.image_src),
        "url": absolute_url(product.get_absolute_url()),
        "reason": reason,
    }


def _replacement_cards(product: Product) -> list[dict]:
    similar = (
        Product.objects.filter(_in_stock(), is_active=True, category_id=product.category_id)
        .filter(Q(pk=product.pk) | Q(cushioning=product.cushioning, support=product.support))
        .select_related("category")
        .order_by("-pk")[: int(campaign_settings.PRODUCTS_PER_EMAIL)]
    )
    cards = [
        _card(
            item,
            "The same again: you know it fits."
            if item.pk == product.pk
            else f"Like your {product.name}: the same cushioning and support.",
        )
        for item in similar
    ]
    cards.sort(key=lambda card: card["sku"] != product.sku)
    return cards


def _already_planned(*flows: Flow | None) -> Q:
    """Purchases for which every enabled post-purchase flow already has its outbox row."""
    condition = Q()
    for flow in flows:
        if flow is None:
            continue
        key = Concat(Value(f"flow:{flow.kind}:"), Cast(OuterRef("pk"), CharField()))
        condition &= Q(Exists(OutboxMessage.objects.filter(trigger_key=key)))
    return condition


def post_purchase_followups_plan(*, now: datetime | None = None) -> int:
    """Buyers get complementary products soon after, and a replacement reminder much later.

    Both rows are written as soon as the purchase is seen; the reminder simply carries a
    send_after months ahead. Returns how many drafts were handed to the outbox.
    """
    complementary = flow_enabled_get(Kind.POST_PURCHASE_COMPLEMENTARY)
    replacement = flow_enabled_get(Kind.POST_PURCHASE_REPLACEMENT)
    if complementary is None and replacement is None:
        return 0
    now = now or timezone.now()
    since = now - timedelta(days=float(campaign_settings.LOOKBACK_DAYS))
    emailable = subscriber_list_emailable(marketing=True)
    purchases = list(
        Event.objects.filter(kind=Event.Kind.PURCHASE, created_at__gte=since, product__isnull=False)
        .filter(
            Q(anonymous_id__in=emailable.exclude(anonymous_id="").values("anonymous_id"))
            | Q(user_id__in=emailable.filter(user__isnull=False).values("user_id"))
        )
        .exclude(anonymous_id="", user__isnull=True)
        .exclude(_already_planned(complementary, replacement))
        .select_related("product__category")
        .order_by("created_at", "pk")
    )
    if not purchases:
        return 0
    by_anonymous = {}
    by_user = {}
    for row in emailable.filter(
        Q(anonymous_id__in={e.anonymous_id for e in purchases if e.anonymous_id})
        | Q(user_id__in={e.user_id for e in purchases if e.user_id})
    ).values("pk", "email", "first_name", "anonymous_id", "user_id"):
        if row["anonymous_id"]:
            by_anonymous[row["anonymous_id"]] = row
        if row["user_id"]:
            by_user[row["user_id"]] = row
    pairs_map = campaign_settings.COMPLEMENTARY_CATEGORIES
    wearing_out = set(campaign_settings.REPLACEMENT_CATEGORIES)
    drafts = []
    complementary_cards: dict[int, list[dict]] = {}
    replacement_cards: dict[int, list[dict]] = {}
    for event in purchases:
        buyer = by_anonymous.get(event.anonymous_id) or by_user.get(event.user_id)
        product = event.product
        if buyer is None or product is None:
            continue
        category = product.category.slug
        common = {
            "subscriber_id": buyer["pk"],
            "email": buyer["email"],
            "key": str(event.pk),
            "title": product.name,
            "first_name": buyer["first_name"],
        }
        if complementary is not None and category in pairs_map:
            if product.pk not in complementary_cards:
                complementary_cards[product.pk] = _complementary_cards(
                    product, list(pairs_map[category]), {product.pk}
                )
            cards = complementary_cards[product.pk]
            if cards:
                drafts.append(
                    flow_draft(
                        complementary,
                        context={"headline": f"For your {product.name}", "products": cards},
                        send_after=event.created_at + complementary.delay,
                        **common,
                    )
                )
        if replacement is not None and category in wearing_out:
            if product.pk not in replacement_cards:
                replacement_cards[product.pk] = _replacement_cards(product)
            cards = replacement_cards[product.pk]
            if cards:
                drafts.append(
                    flow_draft(
                        replacement,
                        context={"headline": "Time for a fresh pair?", "products": cards},
                        send_after=event.created_at + replacement.delay,
                        **common,
                    )
                )
    return outbox_enqueue_many(drafts=drafts) if drafts else 0
