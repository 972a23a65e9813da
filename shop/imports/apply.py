"""Writing checked records to the catalog in bulk. Runs inside the caller's transaction."""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import slugify

from shop.imports.records import ProductRecord, VariantRecord
from shop.imports.report import ImportReport, RowError
from shop.models import Product, Variant
from shop.signals import products_changed_send

BATCH_SIZE = 500
_NOT_CHECKED = ("category", "image", "created_at", "updated_at", "id")


@dataclass
class CatalogChanges:
    """What an import wrote: products created or changed, and products whose sizes changed."""

    products: set[int] = field(default_factory=set)
    sizes: set[int] = field(default_factory=set)

    def announce(self) -> None:
        """Tell listeners (recommendations, stock caches) once for the whole import.

        ``bulk_create`` and ``bulk_update`` send no signals, so without this a product an
        import deactivates or sells out would linger wherever it is cached. A product whose
        own row changed is announced as changed (its sizes with it); one whose sizes alone
        were added or changed, as a stock change.
        """
        products_changed_send(product_ids=self.products)
        products_changed_send(product_ids=self.sizes - self.products, stock_only=True)


def records_apply(*, records: list[ProductRecord], report: ImportReport) -> CatalogChanges:
    """Create or update products (by SKU, else by slug) and their variants (by variant SKU).

    Problems only the database can reveal (a slug taken by another product, a size listed
    twice) are added to ``report.errors``; the caller rolls back when there are any.
    Returns what was written, for the caller to announce once it keeps the changes.
    """
    writer = _CatalogWriter(records, report)
    products = writer.products_write()
    if report.errors:
        return writer.changes
    writer.variants_write(products)
    return writer.changes


class _CatalogWriter:
    def __init__(self, records: list[ProductRecord], report: ImportReport) -> None:
        self.records = records
        self.report = report
        self.now = timezone.now()
        skus = [record.sku for record in records if record.sku]
        slugs = [record.slug for record in records if record.slug]
        self.by_sku = Product.objects.in_bulk(skus, field_name="sku")
        self.by_slug = Product.objects.in_bulk(slugs, field_name="slug")
        self.changes = CatalogChanges()

    def error(self, message: str, line: int, column: str | None = None) -> None:
        self.report.errors.append(RowError(message, line=line, column=column))

    def products_write(self) -> list[Product]:
        created: list[Product] = []
        changed: dict[frozenset[str], list[Product]] = defaultdict(list)
        claimed_slugs: dict[str, int] = {}
        products: list[Product] = []
        for record in self.records:
            product = self._product_find(record)
            is_new = product.pk is None
            fields = self._product_assign(product, record, claimed_slugs)
            self._product_check(product, record, None if is_new else fields)
            products.append(product)
            if is_new:
                created.append(product)
            elif fields:
                product.updated_at = self.now
                changed[frozenset(fields)].append(product)
        updated = sum(len(group) for group in changed.values())
        self.report.products.created = len(created)
        self.report.products.updated = updated
        self.report.products.unchanged = len(self.records) - len(created) - updated
        if self.report.errors:
            return products
        Product.objects.bulk_create(created, batch_size=BATCH_SIZE)
        _bulk_update(Product, changed)
        self.changes.products.update(product.pk for product in created)
        self.changes.products.update(product.pk for group in changed.values() for product in group)
        return products

    def _product_find(self, record: ProductRecord) -> Product:
        product = self.by_sku.get(record.sku) if record.sku else self.by_slug.get(record.slug)
        if product is None:
            product = Product(
                sku=record.sku or record.slug or "",
                currency=settings.SHOP_CURRENCY,
                is_active=True,
            )
        return product

    def _product_assign(
        self, product: Product, record: ProductRecord, claimed_slugs: dict[str, int]
    ) -> set[str]:
        changed: set[str] = set()
        values: dict[str, Any] = dict(record.fields)
        if record.slug:
            values["slug"] = record.slug
        elif not product.slug:
            values["slug"] = self._slug_for(values.get("name") or product.sku, claimed_slugs)
        slug = values.get("slug")
        if slug and slug != product.slug:
            owner = self.by_slug.get(slug)
            if owner is not None and owner.pk != product.pk:
                self.error(
                    f"'{slug}' is already the slug of product {owner.sku}",
                    record.line,
                    record.columns.get("slug"),
                )
        if slug in claimed_slugs:
            self.error(
                f"'{slug}' is also the slug of the product on line {claimed_slugs[slug]}",
                record.line,
                record.columns.get("slug"),
            )
        if slug:
            claimed_slugs[slug] = record.line
        image_url = values.get("image_url") or ""
        if image_url.startswith(settings.SITE_URL + settings.STATIC_URL + "shop/placeholder/"):
            values["image_url"] = ""  # our own feed's stand-in drawing is not a product photo
        elif product.image and image_url == settings.SITE_URL + product.image.url:
            values.pop("image_url")  # our own export of the uploaded image, not a new address
        for name, value in values.items():
            current = product.category_id if name == "category" else getattr(product, name)
            wanted = value.pk if name == "category" else value
            if current != wanted:
                setattr(product, name, value)
                changed.add(name)
        if record.extra_attributes:
            merged = dict(product.extra_attributes or {})
            for slug_key, value in record.extra_attributes.items():
                if value is None:
                    merged.pop(slug_key, None)
                else:
                    merged[slug_key] = value
            if merged != (product.extra_attributes or {}):
                product.extra_attributes = merged
                changed.add("extra_attributes")
        return changed

    def _slug_for(self, name: str, claimed_slugs: dict[str, int]) -> str:
        base = slugify(name)[:130] or "product"
        candidate, counter = base, 2
        while candidate in claimed_slugs or Product.objects.filter(slug=candidate).exists():
            candidate, counter = f"{base}-{counter}", counter + 1
        return candidate

    def _product_check(
        self, product: Product, record: ProductRecord, fields: set[str] | None
    ) -> None:
        """Field checks the model itself knows (lengths, choices, URL); no queries."""
        exclude = list(_NOT_CHECKED)
        if fields is not None:
            exclude += [f.name for f in Product._meta.fields if f.name not in fields]
        try:
            product.clean_fields(exclude=exclude)
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                column = record.columns.get(name, name)
                for message in messages:
                    self.error(message, record.line, column)

    def variants_write(self, products: list[Product]) -> None:
        pairs = [
            (product, variant)
            for product, record in zip(products, self.records, strict=True)
            for variant in record.variants
        ]
        columns = {
            product.pk: record.columns.get("size")
            for product, record in zip(products, self.records, strict=True)
        }
        existing = Variant.objects.in_bulk([variant.sku for _, variant in pairs], field_name="sku")
        # Sizes each product will have once the file is applied, to catch clashes up front.
        taken: dict[tuple[int, str, str], str] = {}
        product_ids = [product.pk for product in products]
        for start in range(0, len(product_ids), BATCH_SIZE):
            rows = Variant.objects.filter(product_id__in=product_ids[start : start + BATCH_SIZE])
            for product_id, sku, size, colour in rows.values_list(
                "product_id", "sku", "size", "colour"
            ):
                taken[(product_id, size, colour)] = sku
        moved = {sku for sku in existing if sku}
        taken = {key: sku for key, sku in taken.items() if sku not in moved}
        created: list[Variant] = []
        changed: dict[frozenset[str], list[Variant]] = defaultdict(list)
        for product, record in pairs:
            variant = existing.get(record.sku) or Variant(sku=record.sku)
            fields = self._variant_assign(variant, product, record)
            key = (product.pk, variant.size, variant.colour)
            if key in taken:
                self.error(
                    f"size '{variant.size}' {variant.colour} is already variant {taken[key]} "
                    f"of product {product.sku}".replace("  ", " "),
                    record.line,
                    columns.get(product.pk),
                )
            taken[key] = variant.sku
            if variant.pk is None:
                created.append(variant)
            elif fields:
                variant.updated_at = self.now
                changed[frozenset(fields)].append(variant)
        updated = sum(len(group) for group in changed.values())
        self.report.variants.created = len(created)
        self.report.variants.updated = updated
        self.report.variants.unchanged = len(pairs) - len(created) - updated
        if self.report.errors:
            return
        Variant.objects.bulk_create(created, batch_size=BATCH_SIZE)
        _bulk_update(Variant, changed)
        self.changes.sizes.update(variant.product_id for variant in created)
        self.changes.sizes.update(
            variant.product_id for group in changed.values() for variant in group
        )

    @staticmethod
    def _variant_assign(variant: Variant, product: Product, record: VariantRecord) -> set[str]:
        stock = variant.stock if variant.pk else 0
        if record.stock is not None:
            stock = record.stock
        elif record.available is False:
            stock = 0
        elif record.available and stock == 0:
            stock = 1  # "in stock" without a count: at least one is there
        values = {
            "product_id": product.pk,
            "size": record.size,
            "colour": record.colour,
            "stock": stock,
            "price_override": None if record.price == product.price else record.price,
        }
        changed = set()
        for name, value in values.items():
            if getattr(variant, name) != value:
                setattr(variant, name, value)
                changed.add(name.removesuffix("_id"))
        return changed


def _bulk_update(model, changed: dict[frozenset[str], list]) -> None:
    # Rows that changed the same fields share one statement per batch, with only those fields.
    for fields, rows in changed.items():
        model.objects.bulk_update(rows, [*sorted(fields), "updated_at"], batch_size=BATCH_SIZE)
