"""Writes to the catalog. Every change goes through full_clean, so bad data never reaches a row."""

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, ProtectedError, QuerySet
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify

from shop.models import Attribute, Category, Product, Variant
from shop.signals import products_changed_send

# Product fields a caller may set directly; variants and attributes have their own arguments.
PRODUCT_FIELDS = frozenset(
    {
        "sku",
        "slug",
        "name",
        "brand",
        "description",
        "price",
        "currency",
        "category",
        "image",
        "image_url",
        "is_active",
        "extra_attributes",
        *Product.TYPED_ATTRIBUTES,
    }
)
VARIANT_FIELDS = ("sku", "size", "colour", "stock", "price_override")


def product_extra_attributes_clean(*, values: Mapping[str, Any]) -> dict[str, Any]:
    """Check staff-defined attribute values against their Attribute rows; return them normalised."""
    if not isinstance(values, Mapping):
        raise ValidationError({"extra_attributes": "Expected an object of attribute values."})
    known = {attribute.slug: attribute for attribute in Attribute.objects.filter(slug__in=values)}
    errors: list[str] = []
    cleaned: dict[str, Any] = {}
    for slug, value in values.items():
        attribute = known.get(slug)
        if attribute is None:
            errors.append(f"'{slug}' is not a known attribute; staff add attributes in the admin.")
            continue
        try:
            cleaned[slug] = _attribute_value_clean(attribute=attribute, value=value)
        except ValueError as exc:
            errors.append(f"'{slug}': {exc}")
    if errors:
        raise ValidationError({"extra_attributes": errors})
    return cleaned


def _attribute_value_clean(*, attribute: Attribute, value: Any) -> Any:
    kind = attribute.value_type
    if kind == Attribute.ValueType.BOOLEAN:
        if isinstance(value, bool):
            return value
        raise ValueError("expected true or false.")
    if kind == Attribute.ValueType.INTEGER:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ValueError("expected a whole number.")
    if not isinstance(value, str):
        raise ValueError("expected text.")
    if kind == Attribute.ValueType.CHOICE and value not in attribute.choices:
        allowed = ", ".join(str(choice) for choice in attribute.choices) or "none defined"
        raise ValueError(f"'{value}' is not one of: {allowed}.")
    return value


def _split_attributes(attributes: Mapping[str, Any] | None) -> tuple[dict, dict]:
    """Typed attributes become fields; anything else is a staff-defined extra attribute."""
    typed: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in (attributes or {}).items():
        if key in Product.TYPED_ATTRIBUTES:
            # Blank text choices mean "does not apply"; callers may send null for that.
            field = Product._meta.get_field(key)
            typed[key] = "" if value is None and not field.null else value
        else:
            extra[key] = value
    return typed, extra


def _unique_slug(*, name: str, exclude_pk: int | None = None) -> str:
    base = slugify(name)[:130] or "product"
    slug, counter = base, 2
    taken = Product.objects.exclude(pk=exclude_pk) if exclude_pk else Product.objects.all()
    while taken.filter(slug=slug).exists():
        slug = f"{base}-{counter}"
        counter += 1
    return slug


def _product_save(*, product: Product, update_fields: list[str] | None = None) -> None:
    product.full_clean()
    try:
        product.save(update_fields=update_fields)
    except IntegrityError as exc:
        # A concurrent writer won the unique race after full_clean passed.
        raise ValidationError("A product with this SKU or slug already exists.") from exc


def _variants_sync(*, product: Product, variants: Iterable[Mapping[str, Any]]) -> None:
    """Make the product's variants exactly `variants`, matched by variant SKU."""
    rows = list(variants)
    wanted_skus = [row.get("sku") for row in rows]
    duplicates = {sku for sku in wanted_skus if sku and wanted_skus.count(sku) > 1}
    if duplicates:
        raise ValidationError(
            {"variants": f"Variant SKUs repeat: {', '.join(sorted(duplicates))}."}
        )
    existing = {variant.sku: variant for variant in product.variants.all()}
    product.variants.exclude(sku__in=[sku for sku in wanted_skus if sku]).delete()
    errors: dict[str, Any] = {}
    for index, row in enumerate(rows):
        unknown = set(row) - set(VARIANT_FIELDS)
        if unknown:
            errors[f"variants[{index}]"] = f"Unknown fields: {', '.join(sorted(unknown))}."
            continue
        variant = existing.get(row.get("sku")) or Variant(product=product)
        for field, value in row.items():
            setattr(variant, field, "" if field == "colour" and value is None else value)
        try:
            variant.full_clean()
            variant.save()
        except ValidationError as exc:
            errors[f"variants[{index}]"] = exc.messages
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def product_create(
    *,
    sku: str,
    name: str,
    brand: str,
    price: Decimal,
    category: Category,
    slug: str = "",
    description: str = "",
    currency: str | None = None,
    attributes: Mapping[str, Any] | None = None,
    image: Any = None,
    image_url: str = "",
    is_active: bool = True,
    variants: Iterable[Mapping[str, Any]] = (),
) -> Product:
    """Create a product and its variants; raises ValidationError naming each bad field."""
    typed, extra = _split_attributes(attributes)
    product = Product(
        sku=sku,
        slug=slug or _unique_slug(name=name),
        name=name,
        brand=brand,
        description=description,
        price=price,
        category=category,
        extra_attributes=product_extra_attributes_clean(values=extra),
        image_url=image_url,
        is_active=is_active,
        **typed,
    )
    if currency:
        product.currency = currency
    if image:
        product.image = image
    _product_save(product=product)
    _variants_sync(product=product, variants=variants)
    return product


@transaction.atomic
def product_update(
    *,
    product: Product,
    data: Mapping[str, Any],
    attributes: Mapping[str, Any] | None = None,
    variants: Iterable[Mapping[str, Any]] | None = None,
) -> Product:
    """Change the given fields (and attributes, and variants when given) of one product.

    `attributes` merges into the current values; `variants`, when given, replaces the set
    (matched by variant SKU, so stock of kept variants is updated in place).
    """
    unknown = set(data) - PRODUCT_FIELDS
    if unknown:
        raise ValidationError(f"Unknown product fields: {', '.join(sorted(unknown))}.")
    changes = dict(data)
    typed, extra = _split_attributes(attributes)
    changes.update(typed)
    if extra:
        changes["extra_attributes"] = {**product.extra_attributes, **extra}
    if "extra_attributes" in changes:
        changes["extra_attributes"] = product_extra_attributes_clean(
            values=changes["extra_attributes"]
        )
    if changes.get("slug") == "":
        changes["slug"] = _unique_slug(
            name=changes.get("name", product.name), exclude_pk=product.pk
        )
    for field, value in changes.items():
        setattr(product, field, value)
    if changes:
        _product_save(product=product, update_fields=[*changes, "updated_at"])
    if variants is not None:
        _variants_sync(product=product, variants=variants)
    return product


def product_delete(*, product: Product) -> None:
    """Delete a product, or explain why it must be deactivated instead."""
    try:
        product.delete()
    except ProtectedError as exc:
        raise ValidationError(
            "Other records still point at this product; deactivate it instead."
        ) from exc


@transaction.atomic
def products_set_active(*, products: QuerySet[Product] | Iterable[Product], active: bool) -> int:
    """Activate or deactivate many products in one UPDATE; returns how many changed.

    The UPDATE sends no per-row signal: the products it changed are announced once, so a
    deactivated product leaves recommendations and cached answers as a single save would.
    """
    if not isinstance(products, QuerySet):
        products = Product.objects.filter(pk__in=[product.pk for product in products])
    ids = list(products.exclude(is_active=active).values_list("pk", flat=True))
    if not ids:
        return 0
    count = (
        Product.objects.filter(pk__in=ids)
        .exclude(is_active=active)
        .update(is_active=active, updated_at=timezone.now())
    )
    products_changed_send(product_ids=ids)
    return count


def variant_stock_set(*, variant: Variant, stock: int) -> Variant:
    """Record a counted stock level (after a stocktake, say)."""
    if isinstance(stock, bool) or not isinstance(stock, int) or stock < 0:
        raise ValidationError({"stock": "Stock must be a whole number of zero or more."})
    variant.stock = stock
    variant.save(update_fields=["stock", "updated_at"])
    return variant


def variant_stock_adjust(*, variant: Variant, delta: int) -> Variant:
    """Add or remove units in one conditional UPDATE, so two sales never oversell the last pair."""
    if isinstance(delta, bool) or not isinstance(delta, int):
        raise ValidationError({"delta": "The change must be a whole number."})
    updated = Variant.objects.filter(pk=variant.pk, stock__gte=-delta).update(
        stock=F("stock") + delta, updated_at=timezone.now()
    )
    if not updated:
        raise ValidationError(
            {"stock": f"Only {Variant.objects.get(pk=variant.pk).stock} left of {variant}."}
        )
    variant.refresh_from_db(fields=["stock", "updated_at"])
    # The UPDATE sends no signal; tell listeners (stock caches) as a save would.
    post_save.send(
        sender=Variant,
        instance=variant,
        created=False,
        raw=False,
        using=variant._state.db,
        update_fields=frozenset({"stock", "updated_at"}),
    )
    return variant
