"""The selector contract: rule queries, product cards and the configured selector.

The recommender never queries ``shop`` directly: it asks the product selector named by
``STRIDEWISE["PRODUCT_SELECTOR"]`` for candidates (products that rules select) and for card
data (what a shopper sees). A shop with its own product model writes a ``BaseProductSelector``
subclass and names it in the setting.

Both calls cost one SQL query whatever the catalog size, and never loop over the catalog
in Python: each rule selector (its ``to_q()``) picks its first matches in a subquery, the
picks are OR-ed (a UNION on PostgreSQL), and the selectors' predicates tell, for those few
rows, which rules picked each one.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.utils.module_loading import import_string

from recommender.conf import recommender_settings
from recommender.ranking import Candidate, RuleMatch
from recommender.ranking.conditions import Condition


@dataclass(frozen=True)
class RuleQuery:
    """One rule as the selector needs it: its selector tree and the match it gives a product."""

    rule_id: int
    selector: Condition
    match: RuleMatch


@dataclass(frozen=True)
class ProductCard:
    """What a shopper sees of a product, with stock checked now (in their size when known)."""

    product_id: int
    sku: str
    name: str
    category: str
    category_name: str
    attributes: dict[str, Any]
    price: str
    currency: str
    in_stock: bool
    is_active: bool
    url: str
    image_url: str

    @property
    def available(self) -> bool:
        return self.is_active and self.in_stock


class BaseProductSelector(ABC):
    @abstractmethod
    def candidates_for_rules(
        self,
        rules: Sequence[RuleQuery],
        *,
        size: str | None = None,
        include_ids: Iterable[int] = (),
        limit: int | None = None,
    ) -> list[Candidate]:
        """Active, in-stock products (in ``size`` when given) that any rule selects.

        ``include_ids`` (pins, products readers bought) are fetched too, with the matches of
        whichever rules select them. About ``limit`` rows in all, shared among the distinct
        selectors, so a rule that matches half the catalog costs no more than a narrow one.
        """

    def candidates_and_cards(
        self,
        rules: Sequence[RuleQuery],
        *,
        size: str | None = None,
        include_ids: Iterable[int] = (),
        limit: int | None = None,
    ) -> tuple[list[Candidate], Callable[[Iterable[int]], dict[int, ProductCard]]]:
        """``candidates_for_rules`` plus a function giving the cards of any of them.

        This default asks for the cards separately; a selector that can read card data in
        the candidates' own query overrides it and saves the second round trip.
        """
        candidates = self.candidates_for_rules(
            rules, size=size, include_ids=include_ids, limit=limit
        )
        return candidates, lambda ids: self.products_by_ids(ids, size=size)

    @abstractmethod
    def products_by_ids(
        self, ids: Iterable[int], *, size: str | None = None
    ) -> dict[int, ProductCard]:
        """Card data for these products, keyed by id; ids that do not exist are left out."""

    @abstractmethod
    def available_ids(self, ids: Iterable[int], *, size: str | None = None) -> set[int]:
        """Those of ``ids`` that are active and in stock now (in ``size`` when given).

        The read path calls this on every request, so it must stay one cheap query.
        """


_SELECTORS: dict[str, BaseProductSelector] = {}


def product_selector_get() -> BaseProductSelector:
    """The configured selector, built once per process and path."""
    path = recommender_settings.PRODUCT_SELECTOR
    selector = _SELECTORS.get(path)
    if selector is None:
        selector_class = import_string(path)
        if not (
            isinstance(selector_class, type) and issubclass(selector_class, BaseProductSelector)
        ):
            raise ImportError(f"{path!r} is not a BaseProductSelector subclass")
        selector = _SELECTORS[path] = selector_class()
    return selector
