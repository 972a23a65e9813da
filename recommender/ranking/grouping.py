"""Group a ranked list by cause for the article page's "shop the fix" block.

Each cause gets a short list (``per_cause``) of the products carrying its reason, in ranked
order, each with its reason for that cause. A product already shown under an earlier cause
is not repeated, unless it is the best product for this cause too (or staff pinned it here).
Causes no product carries are left out: the page shows advice for them instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .types import RankedProduct, Reason


@dataclass(frozen=True)
class GroupedProduct:
    product_id: int
    sku: str
    score: float
    reason: Reason
    pinned: bool = False


@dataclass(frozen=True)
class CauseGroup:
    cause_slug: str
    products: tuple[GroupedProduct, ...]


def _cause_order(ranked: Sequence[RankedProduct]) -> list[str]:
    """Causes in the order their first product appears (its strongest reason first)."""
    order: dict[str, None] = {}
    for product in ranked:
        for reason in product.reasons:
            order.setdefault(reason.cause_slug, None)
    return list(order)


def group_by_cause(
    ranked: Sequence[RankedProduct],
    *,
    per_cause: int = 3,
    cause_order: Sequence[str] | None = None,
    pinned_by_cause: Mapping[str, Sequence[int]] | None = None,
) -> list[CauseGroup]:
    """Groups in ``cause_order`` (default: as the causes first appear in ``ranked``)."""
    pinned_by_cause = pinned_by_cause or {}
    causes = list(dict.fromkeys(cause_order)) if cause_order is not None else _cause_order(ranked)
    shown: set[int] = set()
    groups: list[CauseGroup] = []
    for cause in causes:
        members = [product for product in ranked if product.reason_for(cause) is not None]
        by_id = {product.product_id: product for product in members}
        pins = [pid for pid in dict.fromkeys(pinned_by_cause.get(cause, ())) if pid in by_id]
        pin_ids = set(pins)
        unpinned = [product for product in members if product.product_id not in pin_ids]
        best_id = unpinned[0].product_id if unpinned else None
        picks: list[GroupedProduct] = []
        for product in [by_id[pid] for pid in pins] + unpinned:
            if len(picks) >= max(0, per_cause):
                break
            is_pin = product.product_id in pin_ids
            repeat = product.product_id in shown
            if repeat and not is_pin and product.product_id != best_id:
                continue
            picks.append(
                GroupedProduct(
                    product_id=product.product_id,
                    sku=product.sku,
                    score=product.score,
                    reason=product.reason_for(cause),
                    pinned=is_pin,
                )
            )
        shown.update(pick.product_id for pick in picks)
        if picks:
            groups.append(CauseGroup(cause_slug=cause, products=tuple(picks)))
    return groups
