"""Recommendation payloads in the API's shape: built from ranked products, shown per request.

A stored payload holds more products than a request shows (``STORED_PRODUCTS``), each with a
private ``_id``; keys that start with ``_`` never leave this module. ``payload_present``
re-applies what can change between computing and showing: stock (in the shopper's size),
the limit, the category cap, the grouping by cause and the advice for causes left without
products. Card data (name, price) is refreshed by recomputing after a product changes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from recommender.catalog import ProductCard
from recommender.ranking import RankedProduct, Reason, group_by_cause

PAYLOAD_VERSION = 3
PRODUCTS_PER_GROUP = 3


def product_dict(card: ProductCard, ranked: RankedProduct) -> dict[str, Any]:
    return {
        "_id": card.product_id,
        "_pinned": ranked.pinned,
        "sku": card.sku,
        "name": card.name,
        "category": card.category,
        "category_name": card.category_name,
        "attributes": card.attributes,
        "price": card.price,
        "currency": card.currency,
        "in_stock": card.in_stock,
        "url": card.url,
        "image_url": card.image_url,
        "score": round(float(ranked.score), 4),
        "reasons": [
            {"cause": reason.cause_slug, "text": reason.text, "evidence": reason.evidence}
            for reason in ranked.reasons
        ],
    }


def products_build(
    ranked: Sequence[RankedProduct], cards: Mapping[int, ProductCard]
) -> list[dict[str, Any]]:
    """Ranked products that still exist and can be sold, as dicts, best first."""
    return [
        product_dict(cards[item.product_id], item)
        for item in ranked
        if item.product_id in cards and cards[item.product_id].available
    ]


def capped(products: Sequence[dict], *, limit: int, cap: int | None) -> list[dict]:
    """The first ``limit`` products with at most ``cap`` per category (pins always stay)."""
    chosen: list[dict] = []
    counts: Counter = Counter()
    for product in products:
        if len(chosen) >= limit:
            break
        if cap is not None and counts[product["category"]] >= cap and not product["_pinned"]:
            continue
        chosen.append(product)
        counts[product["category"]] += 1
    return chosen


def _public(product: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in product.items() if not key.startswith("_")}


def _groups(payload: Mapping[str, Any], products: Sequence[dict]) -> list[dict[str, Any]]:
    ranked = [
        RankedProduct(
            product_id=index,
            sku=product["sku"],
            score=product["score"],
            reasons=tuple(
                Reason(cause_slug=r["cause"], text=r["text"], evidence=r["evidence"])
                for r in product["reasons"]
            ),
            category=product["category"],
            pinned=product["_pinned"],
        )
        for index, product in enumerate(products)
    ]
    causes = {cause["slug"]: cause for cause in payload["causes"]}
    groups = []
    for group in group_by_cause(ranked, per_cause=PRODUCTS_PER_GROUP, cause_order=list(causes)):
        cause = causes[group.cause_slug]
        groups.append(
            {
                "cause": cause["slug"],
                "name": cause["name"],
                "evidence": cause["evidence"][0] if cause["evidence"] else "",
                "products": [
                    {
                        **_public(products[item.product_id]),
                        "reason": {
                            "cause": item.reason.cause_slug,
                            "text": item.reason.text,
                            "evidence": item.reason.evidence,
                        },
                    }
                    for item in group.products
                ],
            }
        )
    return groups


def advice_list(payload: Mapping[str, Any], products: Sequence[dict]) -> list[dict[str, str]]:
    """Advice for every cause that no shown product answers (or where products do not help)."""
    answered = {reason["cause"] for product in products for reason in product["reasons"]}
    advice = payload.get("_advice", {})
    return [
        {"cause": cause["slug"], "text": advice[cause["slug"]]}
        for cause in payload["causes"]
        if advice.get(cause["slug"])
        and (not cause["products_help"] or cause["slug"] not in answered)
    ]


def payload_present(
    payload: Mapping[str, Any],
    *,
    available_ids: set[int],
    limit: int,
    category_cap: int | None,
) -> dict[str, Any]:
    """What one request shows: only the stored products that can be sold right now."""
    available = [product for product in payload["products"] if product["_id"] in available_ids]
    shown = capped(available, limit=limit, cap=category_cap)
    return {
        "article": payload.get("article"),
        "causes": payload["causes"],
        "red_flags": payload["red_flags"],
        "products": [_public(product) for product in shown],
        "advice": advice_list(payload, shown),
        "groups": _groups(payload, shown),
    }


def payload_product_ids(payload: Mapping[str, Any]) -> list[int]:
    return [product["_id"] for product in payload.get("products", ())]
