"""Reads from the catalog. Stock figures are computed in SQL, never row by row in Python."""

from collections.abc import Mapping
from typing import Any

from django.db.models import Exists, IntegerField, OuterRef, Prefetch, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce

from shop.filters import ProductFilterSet
from shop.models import Attribute, Product, Variant

LOW_STOCK_THRESHOLD = 3


def product_stock_annotate(queryset: QuerySet[Product]) -> QuerySet[Product]:
    """Add `total_stock` and `in_stock` as subqueries, so joins elsewhere cannot double-count."""
    stock_sum = (
        Variant.objects.filter(product=OuterRef("pk"))
        .order_by()
        .values("product")
        .annotate(total=Sum("stock"))
        .values("total")
    )
    return queryset.annotate(
        total_stock=Coalesce(Subquery(stock_sum, output_field=IntegerField()), 0),
        in_stock=Exists(Variant.objects.filter(product=OuterRef("pk"), stock__gt=0)),
    )


def _catalog(*, include_inactive: bool = False) -> QuerySet[Product]:
    queryset = Product.objects.select_related("category")
    if not include_inactive:
        queryset = queryset.filter(is_active=True)
    return product_stock_annotate(queryset)


def product_list(
    *, filters: Mapping[str, Any] | None = None, include_inactive: bool = False
) -> QuerySet[Product]:
    """Products matching the filters of ProductFilterSet; values that fail validation are skipped.

    Callers that must refuse bad values (the API) check ProductFilterSet themselves first.
    """
    queryset = _catalog(include_inactive=include_inactive)
    filterset = ProductFilterSet(data=filters or {}, queryset=queryset)
    return filterset.qs


def product_list_with_variants(
    *, filters: Mapping[str, Any] | None = None, include_inactive: bool = False
) -> QuerySet[Product]:
    """product_list plus the variants, fetched in one extra query for the whole page."""
    variants = Prefetch("variants", queryset=Variant.objects.order_by("id"))
    return product_list(filters=filters, include_inactive=include_inactive).prefetch_related(
        variants
    )


def product_get_by_slug(*, slug: str, include_inactive: bool = False) -> Product | None:
    variants = Prefetch("variants", queryset=Variant.objects.order_by("id"))
    return (
        _catalog(include_inactive=include_inactive)
        .prefetch_related(variants)
        .filter(slug=slug)
        .first()
    )


def product_get_by_sku(*, sku: str, include_inactive: bool = False) -> Product | None:
    variants = Prefetch("variants", queryset=Variant.objects.order_by("id"))
    return (
        _catalog(include_inactive=include_inactive)
        .prefetch_related(variants)
        .filter(sku=sku)
        .first()
    )


def product_list_featured(*, limit: int = 8) -> QuerySet[Product]:
    """Active products with something to sell, newest first, for the home page."""
    return _catalog().filter(in_stock=True).order_by("-created_at", "-pk")[:limit]


def product_brand_list() -> list[str]:
    """Brands of active products, for the brand filter."""
    brands = (
        Product.objects.filter(is_active=True).order_by("brand").values_list("brand", flat=True)
    )
    return list(dict.fromkeys(brands))


def product_attributes(*, product: Product) -> dict[str, Any]:
    """The typed attributes (null when they do not apply) plus the staff-defined extras."""
    values: dict[str, Any] = {}
    for name in Product.TYPED_ATTRIBUTES:
        value = getattr(product, name)
        if value == "":
            value = None
        elif name in ("drop_mm", "stack_mm") and value is not None:
            value = float(value)
        values[name] = value
    values.update(product.extra_attributes or {})
    return values


def product_attribute_rows(*, product: Product) -> list[tuple[str, str]]:
    """(label, value) pairs with human wording, for the product page's attribute table."""
    rows: list[tuple[str, str]] = []
    for name in Product.TYPED_ATTRIBUTES:
        field = Product._meta.get_field(name)
        value = getattr(product, name)
        if field.choices and value:
            text = getattr(product, f"get_{name}_display")()
        elif isinstance(value, bool):
            # Absent features are omitted: "Seamless toe: No" on a shoe reads oddly.
            if not value:
                continue
            text = "Yes"
        elif value in (None, ""):
            continue
        else:
            text = f"{value:g}" if name in ("drop_mm", "stack_mm") else str(value)
        rows.append((field.verbose_name[:1].upper() + field.verbose_name[1:], text))
    extras = product.extra_attributes or {}
    if extras:
        names = dict(Attribute.objects.filter(slug__in=extras).values_list("slug", "name"))
        for slug, value in extras.items():
            text = ("Yes" if value else "No") if isinstance(value, bool) else str(value)
            rows.append((names.get(slug, slug.replace("-", " ").capitalize()), text))
    return rows
