"""Google Merchant Center product data: tab-separated text or RSS 2.0 XML with the g: namespace.

Each item is one variant; items sharing an ``item_group_id`` are one product. Merchant
Center carries availability rather than a stock count: ``out_of_stock`` sets the count to
zero, ``in_stock`` keeps a positive count (or sets one). A ``quantity`` column, when
present, sets the count exactly. Our typed attributes may appear as custom attributes
named like the attribute (``cushioning``, ``arch_support``, ...).
"""

import re
from urllib.parse import urlsplit

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug

from shop.imports.records import Catalog, ProductRecord, SourceRow, VariantRecord
from shop.imports.report import CellError, RowError
from shop.imports.shopify import ONE_SIZE
from shop.imports.tabular import columns_require, table_read
from shop.imports.values import (
    FILE_ATTRIBUTES,
    attribute_parse,
    count_parse,
    extra_attribute_parse,
    merchant_price_parse,
)

TSV_NAME = "Merchant Center TSV"
XML_NAME = "Merchant Center XML"
REQUIRED = ("id", "title", "price", "availability", "brand", "product_type")
_AVAILABLE = {"in_stock": True, "out_of_stock": False, "preorder": False, "backorder": False}


def column_normalise(name: str) -> str:
    """``g:image_link``, ``Image Link`` and ``image_link`` all name one attribute."""
    name = name.strip().lower()
    name = name.removeprefix("g:")
    return name.replace(" ", "_")


def merchant_tsv_parse(text: str, catalog: Catalog) -> tuple[list[ProductRecord], list[RowError]]:
    header, rows, errors = table_read(text, delimiter="\t", format_name=TSV_NAME)
    if errors:
        return [], errors
    errors = columns_require([column_normalise(c) for c in header], REQUIRED)
    if errors:
        return [], errors
    for row in rows:
        row.values = {column_normalise(key): value for key, value in row.values.items()}
    return _records(rows, catalog)


def merchant_xml_parse(data: bytes, catalog: Catalog) -> tuple[list[ProductRecord], list[RowError]]:
    target = _ItemCollector()
    parser = DefusedXMLParser(target=target, forbid_dtd=True)
    target.expat = parser.parser
    try:
        parser.feed(data)
        parser.close()
    except DefusedXmlException:
        return [], [
            RowError(
                "the XML declares a DTD or entities, which are refused for safety; "
                "a Merchant Center feed needs neither",
                line=target.expat.CurrentLineNumber,
            )
        ]
    except ParseError as exc:
        line, column = getattr(exc, "position", (None, 0))
        reason = re.sub(r": line \d+, column \d+$", "", str(exc))
        return [], [RowError(f"malformed XML at character {column + 1}: {reason}", line=line)]
    except (LookupError, ValueError) as exc:  # an encoding Python does not know, and the like
        return [], [RowError(f"unreadable XML: {exc}", line=1)]
    if not target.rows:
        return [], [RowError("no <item> elements: expected an RSS 2.0 feed with the g: namespace")]
    errors = [
        RowError("required element is missing", line=row.line, column=f"g:{name}")
        for row in target.rows
        for name in REQUIRED
        if name not in row.values
    ]
    if errors:
        return [], errors
    return _records(target.rows, catalog)


class _ItemCollector:
    """An XML parser target that keeps each item's direct children and their lines."""

    def __init__(self) -> None:
        self.rows: list[SourceRow] = []
        self.expat = None
        self._item: SourceRow | None = None
        self._depth = 0
        self._field: str | None = None
        self._text: list[str] = []

    def start(self, tag: str, attrib: dict) -> None:
        name = tag.rsplit("}", 1)[-1]
        line = self.expat.CurrentLineNumber
        if self._item is None:
            if name in ("item", "entry"):
                self._item, self._depth = SourceRow(line=line, values={}, lines={}), 0
            return
        self._depth += 1
        if self._depth == 1:
            self._field, self._text = column_normalise(name), []
            self._item.lines.setdefault(self._field, line)

    def end(self, tag: str) -> None:
        if self._item is None:
            return
        if self._depth == 0:
            self.rows.append(self._item)
            self._item = None
            return
        if self._depth == 1 and self._field:
            text = "".join(self._text).strip()
            if text or self._field not in self._item.values:
                self._item.values[self._field] = text
            self._field = None
        self._depth -= 1

    def data(self, text: str) -> None:
        if self._item is not None and self._depth == 1:
            self._text.append(text)

    def close(self) -> None:
        return None


def _records(rows: list[SourceRow], catalog: Catalog) -> tuple[list[ProductRecord], list[RowError]]:
    reader = _MerchantReader(catalog)
    groups: dict[str, list[SourceRow]] = {}
    for row in rows:
        key = row.get("item_group_id").strip() or row.get("id").strip()
        groups.setdefault(key, []).append(row)
    records = [reader.product(key, group) for key, group in groups.items()]
    reader.duplicates_check(rows)
    return [record for record in records if record], reader.errors


class _MerchantReader:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.errors: list[RowError] = []

    def error(self, row: SourceRow, column: str, message: str) -> None:
        self.errors.append(RowError(message, line=row.line_of(column), column=column))

    def product(self, key: str, group: list[SourceRow]) -> ProductRecord | None:
        first, before = group[0], len(self.errors)
        if len(key) > 64:
            column = "item_group_id" if first.get("item_group_id") else "id"
            self.error(first, column, "the product id is longer than 64 characters")
        record = ProductRecord(line=first.line, sku=key, slug=_slug_from_link(first), fields={})
        record.columns = {
            "slug": "link",
            "name": "title",
            "brand": "brand",
            "image_url": "image_link",
            "description": "description",
            "size": "size",
        }
        fields = record.fields
        for column, name, limit in (("title", "name", 200), ("brand", "brand", 80)):
            value = first.get(column).strip()
            if not value:
                self.error(first, column, f"a {column} is required")
            elif len(value) > limit:
                self.error(first, column, f"the {column} is longer than {limit} characters")
            fields[name] = value
        fields["category"] = self.catalog.category_find(first.get("product_type"))
        if fields["category"] is None:
            self.error(
                first, "product_type", self.catalog.category_error(first.get("product_type"))
            )
        if "description" in first.values:
            fields["description"] = first.get("description").strip()
        if first.get("image_link").strip():
            fields["image_url"] = self._image(first)
        self._attributes(first, record)
        currencies = set()
        for row in group:
            variant, currency = self._variant(row)
            if variant:
                record.variants.append(variant)
                currencies.add(currency)
        if len(currencies) > 1:
            self.error(group[-1], "price", "all items of one item_group_id need one currency")
        if record.variants:
            fields["price"] = record.variants[0].price
            fields["currency"] = currencies.pop()
        return None if len(self.errors) > before else record

    def _image(self, row: SourceRow) -> str:
        url = row.get("image_link").strip()
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            self.error(row, "image_link", f"'{url[:80]}' is not an http(s) address")
        return url

    def _attributes(self, row: SourceRow, record: ProductRecord) -> None:
        for name in FILE_ATTRIBUTES:
            if name in row.values:
                try:
                    record.fields[name] = attribute_parse(name, row.get(name))
                except CellError as exc:
                    self.error(row, name, str(exc))
        for slug, attribute in self.catalog.attributes.items():
            if slug in row.values and slug not in FILE_ATTRIBUTES:
                try:
                    record.extra_attributes[slug] = extra_attribute_parse(attribute, row.get(slug))
                except CellError as exc:
                    self.error(row, slug, str(exc))
        if row.get("product_weight").strip():
            try:
                record.fields["weight_g"] = _grams_parse(row.get("product_weight"))
            except CellError as exc:
                self.error(row, "product_weight", str(exc))

    def _variant(self, row: SourceRow) -> tuple[VariantRecord | None, str]:
        before = len(self.errors)
        sku = row.get("id").strip()
        if not sku:
            self.error(row, "id", "every item needs an id")
        elif len(sku) > 80:
            self.error(row, "id", "the id is longer than 80 characters")
        price, currency = None, ""
        try:
            price, currency = merchant_price_parse(row.get("price"))
        except CellError as exc:
            self.error(row, "price", str(exc))
        availability = column_normalise(row.get("availability"))
        if availability not in _AVAILABLE:
            self.error(
                row,
                "availability",
                f"'{row.get('availability')}' is not one of {', '.join(_AVAILABLE)}",
            )
        stock = None
        if row.get("quantity").strip():
            try:
                stock = count_parse(row.get("quantity"), what="quantity")
            except CellError as exc:
                self.error(row, "quantity", str(exc))
        size, colour = row.get("size").strip() or ONE_SIZE, row.get("color").strip()
        for column, value, limit in (("size", size, 20), ("color", colour, 40)):
            if len(value) > limit:
                self.error(row, column, f"the {column} is longer than {limit} characters")
        if len(self.errors) > before or price is None:
            return None, currency
        variant = VariantRecord(
            line=row.line,
            sku=sku,
            size=size,
            colour=colour,
            price=price,
            stock=stock,
            available=_AVAILABLE[availability],
        )
        return variant, currency

    def duplicates_check(self, rows: list[SourceRow]) -> None:
        seen: dict[str, int] = {}
        for row in rows:
            sku = row.get("id").strip()
            if sku and sku in seen:
                self.error(row, "id", f"duplicate id '{sku}' (also on line {seen[sku]})")
            seen.setdefault(sku, row.line)


def _slug_from_link(row: SourceRow) -> str | None:
    segments = [part for part in urlsplit(row.get("link").strip()).path.split("/") if part]
    if not segments:
        return None
    try:
        validate_slug(segments[-1])
    except ValidationError:
        return None
    return segments[-1][:140]


def _grams_parse(raw: str) -> int:
    number, _, unit = raw.strip().partition(" ")
    factor = {"g": 1, "kg": 1000, "oz": 28.3495, "lb": 453.592}.get(unit.strip().lower())
    try:
        grams = round(float(number) * factor) if factor else None
    except (ValueError, OverflowError):
        grams = None
    if grams is None or grams < 0 or grams > 100_000:
        raise CellError(f"'{raw}' is not a weight like '280 g'")
    return grams or None
