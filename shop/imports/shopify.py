"""Shopify's product CSV: one row per variant, the first row of a handle carries the product.

Our typed attributes travel as product metafield columns in Shopify's header style,
``Cushioning (product.metafields.custom.cushioning)``; the product SKU travels the same way.
"""

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug

from shop.imports.records import Catalog, ProductRecord, SourceRow, VariantRecord
from shop.imports.report import CellError, RowError
from shop.imports.tabular import columns_require, table_read
from shop.imports.values import (
    FILE_ATTRIBUTES,
    attribute_parse,
    boolean_parse,
    count_parse,
    extra_attribute_parse,
    grams_parse,
    html_to_text,
    price_parse,
)

FORMAT_NAME = "Shopify CSV"
REQUIRED_COLUMNS = ("Handle", "Title", "Vendor", "Type", "Variant SKU", "Variant Price")
PRODUCT_SKU_KEY = "product_sku"
ONE_SIZE = "One size"
_METAFIELD = re.compile(r"\(product\.metafields\.custom\.([A-Za-z0-9_-]+)\)\s*$")
_SIZE_OPTIONS = {"size", "shoe size", "sock size"}
_COLOUR_OPTIONS = {"color", "colour"}
_DEFAULT_OPTIONS = {"title"}
_STATUSES = {"active": True, "draft": False, "archived": False, "unlisted": True}


def metafield_header(label: str, key: str) -> str:
    return f"{label} (product.metafields.custom.{key})"


def shopify_parse(text: str, catalog: Catalog) -> tuple[list[ProductRecord], list[RowError]]:
    header, rows, errors = table_read(text, delimiter=",", format_name=FORMAT_NAME)
    if errors:
        return [], errors
    errors = columns_require(header, REQUIRED_COLUMNS)
    if errors:
        return [], errors
    reader = _ShopifyReader(header, catalog)
    groups: dict[str, list[SourceRow]] = {}
    for row in rows:
        handle = row.get(reader.column("Handle")).strip()
        if not handle:
            reader.error(row, "Handle", "a handle is required on every row")
            continue
        groups.setdefault(handle, []).append(row)
    records = [reader.product(handle, group) for handle, group in groups.items()]
    reader.duplicates_check(records)
    return [record for record in records if record], reader.errors


class _ShopifyReader:
    def __init__(self, header: list[str], catalog: Catalog) -> None:
        self.catalog = catalog
        self.errors: list[RowError] = []
        self._columns = {column.lower(): column for column in header}
        self._resolved: dict[str, str] = {}
        self.metafields: dict[str, str] = {}  # metafield key -> column
        for column in header:
            match = _METAFIELD.search(column)
            if match:
                self.metafields[match[1]] = column

    def column(self, name: str) -> str:
        """The file's own spelling of a column; headers match whatever their case."""
        found = self._resolved.get(name)
        if found is None:
            found = self._resolved[name] = self._columns.get(name.lower(), name)
        return found

    def has(self, name: str) -> bool:
        return name.lower() in self._columns

    def error(self, row: SourceRow, column: str, message: str) -> None:
        name = self.column(column)
        self.errors.append(RowError(message, line=row.line_of(name), column=name))

    def cell(self, row: SourceRow, column: str) -> str:
        return row.get(self.column(column))

    def product(self, handle: str, group: list[SourceRow]) -> ProductRecord | None:
        first = group[0]
        before = len(self.errors)
        try:
            validate_slug(handle)
            if len(handle) > 140:
                raise ValidationError("too long")
        except ValidationError:
            self.error(first, "Handle", f"'{handle}' is not a valid handle (letters, digits, -)")
        record = ProductRecord(line=first.line, sku=None, slug=handle, fields={})
        record.columns = {"slug": self.column("Handle")}
        self._product_fields(first, record)
        options = self._options(first)
        size_option = next((n for n, kind in options.items() if kind == "size"), 1)
        record.columns["size"] = self.column(f"Option{size_option} Value")
        for row in group:
            if row is not first and self._is_image_row(row):
                continue
            variant, grams = self._variant(row, options)
            if row is first and self.has("Variant Grams"):
                # Our weight belongs to the product; the first variant row carries it.
                record.fields["weight_g"] = grams
            if variant is not None:
                record.variants.append(variant)
        if record.variants:
            record.fields["price"] = record.variants[0].price
        if len(self.errors) > before:
            return None
        return record

    def _product_fields(self, row: SourceRow, record: ProductRecord) -> None:
        fields = record.fields
        name = self.cell(row, "Title").strip()
        if not name:
            self.error(row, "Title", "the first row of a handle needs a title")
        elif len(name) > 200:
            self.error(row, "Title", "the title is longer than 200 characters")
        fields["name"] = name
        brand = self.cell(row, "Vendor").strip()
        if not brand:
            self.error(row, "Vendor", "a vendor (brand) is required")
        elif len(brand) > 80:
            self.error(row, "Vendor", "the vendor is longer than 80 characters")
        fields["brand"] = brand
        category_text = self.cell(row, "Type")
        category = self.catalog.category_find(category_text)
        if category is None:
            self.error(row, "Type", self.catalog.category_error(category_text))
        fields["category"] = category
        if self.has("Body (HTML)"):
            fields["description"] = html_to_text(self.cell(row, "Body (HTML)"))
        self._active(row, fields)
        if self.has("Image Src"):
            self._image(row, fields)
        sku_column = self.metafields.get(PRODUCT_SKU_KEY)
        if sku_column and row.get(sku_column).strip():
            sku = row.get(sku_column).strip()
            if len(sku) > 64:
                self.error(row, sku_column, "the product SKU is longer than 64 characters")
            record.sku = sku
            record.columns["sku"] = sku_column
        self._attributes(row, record)

    def _active(self, row: SourceRow, fields: dict[str, Any]) -> None:
        status = self.cell(row, "Status").strip().lower() if self.has("Status") else ""
        if status:
            if status not in _STATUSES:
                self.error(row, "Status", f"'{status}' is not one of active, draft, archived")
            fields["is_active"] = _STATUSES.get(status, False)
        elif self.has("Published"):
            try:
                fields["is_active"] = boolean_parse(self.cell(row, "Published") or "true")
            except CellError as exc:
                self.error(row, "Published", str(exc))

    def _image(self, row: SourceRow, fields: dict[str, Any]) -> None:
        url = self.cell(row, "Image Src").strip()
        if url:
            try:
                URLValidator(schemes=["http", "https"])(url)
                if len(url) > 500:
                    raise ValidationError("too long")
            except ValidationError:
                self.error(row, "Image Src", f"'{url[:80]}' is not an http(s) address")
        fields["image_url"] = url

    def _attributes(self, row: SourceRow, record: ProductRecord) -> None:
        for key, column in self.metafields.items():
            raw = row.get(column)
            try:
                if key in FILE_ATTRIBUTES:
                    record.fields[key] = attribute_parse(key, raw)
                elif key in self.catalog.attributes:
                    value = extra_attribute_parse(self.catalog.attributes[key], raw)
                    record.extra_attributes[key] = value
            except CellError as exc:
                self.errors.append(RowError(str(exc), line=row.line, column=column))
            record.columns[key] = column

    def _options(self, row: SourceRow) -> dict[int, str]:
        """Which option number carries size and which carries colour."""
        options: dict[int, str] = {}
        for number in (1, 2, 3):
            name = self.cell(row, f"Option{number} Name").strip().lower()
            if not name:
                continue
            if name in _SIZE_OPTIONS:
                options[number] = "size"
            elif name in _COLOUR_OPTIONS:
                options[number] = "colour"
            elif name in _DEFAULT_OPTIONS:
                options[number] = "default"
            else:
                self.error(
                    row,
                    f"Option{number} Name",
                    f"option '{name}' is not supported; use Size, Color",
                )
        return options

    def _is_image_row(self, row: SourceRow) -> bool:
        variant_columns = ("Variant SKU", "Variant Price", "Option1 Value")
        return not any(self.cell(row, column).strip() for column in variant_columns)

    def _variant(
        self, row: SourceRow, options: dict[int, str]
    ) -> tuple[VariantRecord | None, int | None]:
        before = len(self.errors)
        sku = self.cell(row, "Variant SKU").strip()
        if not sku:
            self.error(row, "Variant SKU", "every variant needs a SKU")
        elif len(sku) > 80:
            self.error(row, "Variant SKU", "the SKU is longer than 80 characters")
        values = {"size": "", "colour": ""}
        limits = {"size": 20, "colour": 40}
        for number, kind in options.items():
            if kind in values:
                column = f"Option{number} Value"
                values[kind] = self.cell(row, column).strip()
                if len(values[kind]) > limits[kind]:
                    self.error(row, column, f"the {kind} is longer than {limits[kind]} characters")
        size = values["size"] or ONE_SIZE
        price = stock = grams = None
        try:
            price = price_parse(self.cell(row, "Variant Price"))
        except CellError as exc:
            self.error(row, "Variant Price", str(exc))
        if self.cell(row, "Variant Compare At Price").strip():
            try:  # not stored, but a bad value usually means the columns are shifted
                price_parse(self.cell(row, "Variant Compare At Price"))
            except CellError as exc:
                self.error(row, "Variant Compare At Price", str(exc))
        if self.cell(row, "Variant Inventory Qty").strip():
            try:
                stock = count_parse(self.cell(row, "Variant Inventory Qty"))
            except CellError as exc:
                self.error(row, "Variant Inventory Qty", str(exc))
        if self.has("Variant Grams"):
            try:
                grams = grams_parse(self.cell(row, "Variant Grams"))
            except CellError as exc:
                self.error(row, "Variant Grams", str(exc))
        if len(self.errors) > before or price is None:
            return None, grams
        variant = VariantRecord(
            line=row.line, sku=sku, size=size, colour=values["colour"], price=price, stock=stock
        )
        return variant, grams

    def duplicates_check(self, records: list[ProductRecord | None]) -> None:
        seen_variants: dict[str, int] = {}
        seen_products: dict[str, int] = {}
        for record in records:
            if record is None:
                continue
            if record.sku:
                if record.sku in seen_products:
                    self.errors.append(
                        RowError(
                            f"duplicate product SKU '{record.sku}' (also on line "
                            f"{seen_products[record.sku]})",
                            line=record.line,
                            column=record.columns.get("sku"),
                        )
                    )
                seen_products.setdefault(record.sku, record.line)
            sizes: dict[tuple[str, str], int] = {}
            for variant in record.variants:
                if variant.sku in seen_variants:
                    self.errors.append(
                        RowError(
                            f"duplicate SKU '{variant.sku}' (also on line "
                            f"{seen_variants[variant.sku]})",
                            line=variant.line,
                            column=self.column("Variant SKU"),
                        )
                    )
                seen_variants.setdefault(variant.sku, variant.line)
                key = (variant.size.lower(), variant.colour.lower())
                if key in sizes:
                    self.errors.append(
                        RowError(
                            f"size '{variant.size}' {variant.colour or ''} appears twice for "
                            f"this handle (also on line {sizes[key]})".replace("  ", " "),
                            line=variant.line,
                            column=self.column("Option1 Value"),
                        )
                    )
                sizes.setdefault(key, variant.line)
