"""The selector for the shop's own ``Product`` and ``Variant`` models.

Each ranking reads its candidates and their card data in one query (two when pinned or
bought-together products are added). The candidate SQL is compiled once per set of rule
selectors on PostgreSQL: building it costs more than running it, and articles with the same
causes share it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, reduce
from operator import or_
from typing import Any

from django.db import connections
from django.db.models import (
    Exists,
    OuterRef,
    Q,
)

from recommender.catalog.base import BaseProductSelector, ProductCard
from recommender.conf import recommender_settings
from recommender.ranking import Candidate
from recommender.ranking.conditions import Condition, to_predicate, to_q

_PREDICATES: dict[Condition, Callable[[dict], bool]] = {}


def _predicate(selector: Condition) -> Callable[[dict], bool]:
    test = _PREDICATES.get(selector)
    if test is None:
        if len(_PREDICATES) > 2000:
            _PREDICATES.clear()
        test = _PREDICATES[selector] = to_predicate(selector)
    return test


@lru_cache(maxsize=256)
def _placeholder_url(category_slug: str) -> str:
    """The drawing a product without an image shows; the shop's model decides which."""
    from shop.models import Category, Product

    return Product(category=Category(slug=category_slug)).image_src


# Candidate SQL (with its parameters) per (database, selectors, size, rows per selector).
_COMPILED_SQL: dict[tuple, tuple[str, tuple]] = {}

# Each selector's own pick (SQL and parameters) per (database, selector, size, rows), and
# the outer query they slot into per database.
_PICK_SQL: dict[tuple, tuple[str, tuple]] = {}
_OUTER_SQL: dict[str, str] = {}
_OUTER_SLOT = '"shop_product"."id" IN (%s)'

# Fewest candidates taken per distinct rule selector, however many rules there are.
MIN_PER_SELECTOR = 24


class DjangoProductSelector(BaseProductSelector):
    """Products of ``shop``; stock comes from ``Variant`` rows in the same query."""

    @staticmethod
    def _products():
        from shop.models import Product

        return Product.objects.all()

    @staticmethod
    def _stock(size: str | None):
        from shop.models import Variant

        variants = Variant.objects.filter(product=OuterRef("pk"), stock__gt=0)
        if size is not None:
            variants = variants.filter(size__iexact=size)
        return Exists(variants)

    @staticmethod
    def _attributes(row: dict[str, Any]) -> dict[str, Any]:
        from shop.models import Product

        values: dict[str, Any] = {}
        for name in Product.TYPED_ATTRIBUTES:
            value = row[name]
            if value == "":
                value = None
            elif name in ("drop_mm", "stack_mm") and value is not None:
                value = float(value)
            values[name] = value
        values.update(row.get("extra_attributes") or {})
        return values

    def candidates_for_rules(self, rules, *, size=None, include_ids=(), limit=None):
        return self.candidates_and_cards(rules, size=size, include_ids=include_ids, limit=limit)[0]

    def candidates_and_cards(self, rules, *, size=None, include_ids=(), limit=None):
        include_ids = list(dict.fromkeys(include_ids))
        if not rules and not include_ids:
            return [], lambda ids: {}
        # Rules often share a selector (two causes, one kind of sock): query each once.
        selectors = list(dict.fromkeys(rule.selector for rule in rules))
        rows = self._candidate_rows(selectors, size=size, include_ids=include_ids, limit=limit)
        # Which rules picked a row is decided in Python on these few rows: the predicate
        # backend agrees with to_q(), and the query stays small.
        tests = [(selector, _predicate(selector)) for selector in selectors]
        sizes = frozenset([size]) if size is not None else frozenset()
        candidates = []
        by_id = {}
        for row in rows:
            row["category"] = row["category__slug"]
            picked = {selector for selector, test in tests if test(row)}
            matches = tuple(rule.match for rule in rules if rule.selector in picked)
            by_id[row["pk"]] = row
            row["attributes"] = attributes = self._attributes(row)
            candidates.append(
                Candidate(
                    product_id=row["pk"],
                    sku=row["sku"],
                    category=row["category"],
                    brand=row["brand"],
                    attributes=attributes,
                    in_stock=True,
                    sizes_in_stock=sizes,
                    price=row["price"],
                    matches=matches,
                )
            )

        def cards_for(ids: Iterable[int]) -> dict[int, ProductCard]:
            return self._cards_from_rows([by_id[pk] for pk in ids if pk in by_id])

        return candidates, cards_for

    def _candidate_rows(self, selectors, *, size, include_ids, limit) -> list[dict[str, Any]]:
        """Each selector's first matches (active, in stock) plus include_ids, with the
        columns of both the ranker and the product card: one query, two with include_ids."""
        limit = limit or recommender_settings.CANDIDATE_LIMIT
        per_selector = max(MIN_PER_SELECTOR, limit // max(1, len(selectors)))
        rows = (
            self._rule_rows(tuple(selectors), size=size, per_selector=per_selector)
            if selectors
            else []
        )
        seen = {row["pk"] for row in rows}
        extra = [pk for pk in include_ids if pk not in seen]
        if extra:
            rows += (
                self._products()
                .filter(self._stock(size), pk__in=extra, is_active=True)
                .values(*self._row_columns())
            )
        return rows

    def _rule_rows(self, selectors: tuple, *, size, per_selector: int) -> list[dict[str, Any]]:
        products = self._products()
        connection = connections[products.db]
        key = (products.db, selectors, size, per_selector)
        compiled = _COMPILED_SQL.get(key) if connection.vendor == "postgresql" else None
        if compiled is None and connection.vendor == "postgresql":
            compiled = self._assembled_sql(selectors, size=size, per_selector=per_selector)
            if compiled is not None:
                if len(_COMPILED_SQL) > 500:
                    _COMPILED_SQL.clear()
                _COMPILED_SQL[key] = compiled
        if compiled is None:
            queryset = products.filter(
                self._chosen(selectors, size=size, per_selector=per_selector, connection=connection)
            ).values(*self._row_columns())
            if connection.vendor != "postgresql":
                return list(queryset)
            compiled = queryset.query.sql_with_params()
        sql, params = compiled
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            names = [column[0] for column in cursor.description]
            rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        for row in rows:  # the one converter values() would apply on PostgreSQL
            if isinstance(row["extra_attributes"], str):
                row["extra_attributes"] = json.loads(row["extra_attributes"])
        return rows

    def _chosen(self, selectors, *, size, per_selector: int, connection) -> Q:
        # Each selector takes its first matches in whatever order the database finds
        # them (no ORDER BY), so the scan stops early even when a rule matches half a
        # large catalog; the ranker then orders the pooled candidates, ties by SKU.
        picks = [
            self._pick(selector, size=size, per_selector=per_selector) for selector in selectors
        ]
        if len(picks) > 1 and connection.features.supports_slicing_ordering_in_compound:
            return Q(pk__in=picks[0].union(*picks[1:], all=True))
        # SQLite has no LIMIT inside UNION; IN (subquery) per pick works everywhere
        return reduce(or_, (Q(pk__in=pick) for pick in picks))

    def _pick(self, selector, *, size, per_selector: int):
        return (
            self._products()
            .filter(to_q(selector), self._stock(size), is_active=True)
            .order_by()
            .values("pk")[:per_selector]
        )

    def _assembled_sql(self, selectors, *, size, per_selector: int) -> tuple[str, tuple] | None:
        """The candidate SQL put together from each selector's own compiled pick.

        Building a selector's SQL costs more than running it; sets of selectors are many
        (every mix of causes) but selectors are few, so each is compiled once and a new
        set only joins strings. None when the outer query does not look as expected.
        """
        products = self._products()
        db = products.db
        outer = _OUTER_SQL.get(db)
        if outer is None:
            sql, params = (
                products.filter(pk__in=[0]).values(*self._row_columns()).query.sql_with_params()
            )
            if params != (0,) or sql.count(_OUTER_SLOT) != 1:
                return None
            outer = _OUTER_SQL[db] = sql
        parts, params = [], []
        for selector in selectors:
            key = (db, selector, size, per_selector)
            pick = _PICK_SQL.get(key)
            if pick is None:
                if len(_PICK_SQL) > 2000:
                    _PICK_SQL.clear()
                pick = _PICK_SQL[key] = self._pick(
                    selector, size=size, per_selector=per_selector
                ).query.sql_with_params()
            parts.append(f"({pick[0]})")
            params.extend(pick[1])
        union = parts[0][1:-1] if len(parts) == 1 else " UNION ALL ".join(parts)
        return outer.replace(_OUTER_SLOT, f'"shop_product"."id" IN ({union})'), tuple(params)

    @staticmethod
    def _row_columns() -> tuple[str, ...]:
        from shop.models import Product

        return (
            "pk",
            "sku",
            "slug",
            "name",
            "brand",
            "price",
            "currency",
            "image",
            "image_url",
            "category__slug",
            "category__name",
            "extra_attributes",
            *Product.TYPED_ATTRIBUTES,
        )

    def _cards_from_rows(self, rows: Sequence[dict[str, Any]]) -> dict[int, ProductCard]:
        """Cards of candidate rows (active and in stock by the query that read them)."""
        from django.urls import reverse

        from shop.models import Product

        if not rows:
            return {}
        marker = "--product-slug--"
        url_pattern = reverse("shop:product-detail", kwargs={"slug": marker})
        cards = {}
        storage = Product._meta.get_field("image").storage
        for row in rows:
            if row["image"]:
                image = storage.url(row["image"])
            elif row["image_url"]:
                image = row["image_url"]
            else:
                image = _placeholder_url(row["category__slug"])
            cards[row["pk"]] = ProductCard(
                product_id=row["pk"],
                sku=row["sku"],
                name=row["name"],
                category=row["category__slug"],
                category_name=row["category__name"],
                attributes=row.get("attributes") or self._attributes(row),
                price=str(row["price"]),
                currency=row["currency"],
                in_stock=True,
                is_active=True,
                url=url_pattern.replace(marker, row["slug"]),
                image_url=image,
            )
        return cards

    def products_by_ids(self, ids, *, size=None):
        from django.urls import reverse

        from shop.models import Product

        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        products = (
            self._products()
            .filter(pk__in=ids)
            .select_related("category")
            .only(
                "sku",
                "slug",
                "name",
                "price",
                "currency",
                "is_active",
                "image",
                "image_url",
                "extra_attributes",
                "category__slug",
                "category__name",
                *Product.TYPED_ATTRIBUTES,
            )
            .annotate(has_stock=self._stock(size))
        )
        # One reverse() for the whole list: product URLs differ only by slug.
        marker = "--product-slug--"
        url_pattern = reverse("shop:product-detail", kwargs={"slug": marker})
        cards = {}
        for product in products:
            row = {name: getattr(product, name) for name in Product.TYPED_ATTRIBUTES}
            row["extra_attributes"] = product.extra_attributes
            cards[product.pk] = ProductCard(
                product_id=product.pk,
                sku=product.sku,
                name=product.name,
                category=product.category.slug,
                category_name=product.category.name,
                attributes=self._attributes(row),
                price=str(product.price),
                currency=product.currency,
                in_stock=product.has_stock,
                is_active=product.is_active,
                url=url_pattern.replace(marker, product.slug),
                image_url=product.image_src,
            )
        return cards

    def available_ids(self, ids, *, size=None):
        ids = list(dict.fromkeys(ids))
        if not ids:
            return set()
        rows = (
            self._products()
            .filter(pk__in=ids, is_active=True)
            .filter(self._stock(size))
            .values_list("pk", flat=True)
        )
        return set(rows)
