"""Catalog imports and exports. An import applies whole or not at all."""

from pathlib import PurePath
from typing import BinaryIO, TextIO

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import QuerySet

from shop.imports import merchant, shopify, shopify_export
from shop.imports.apply import records_apply
from shop.imports.records import Catalog
from shop.imports.report import ImportReport, RowError
from shop.imports.tabular import text_decode
from shop.models import Product

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
FORMAT_AUTO = "auto"
FORMAT_SHOPIFY = "shopify"
FORMAT_MERCHANT = "merchant"
FORMATS = (FORMAT_SHOPIFY, FORMAT_MERCHANT)
_LABELS = {
    "shopify": shopify.FORMAT_NAME,
    "merchant_tsv": merchant.TSV_NAME,
    "merchant_xml": merchant.XML_NAME,
}


class _RollBack(Exception):
    """Leaves the atomic block so nothing of a failed or dry run import stays."""


def import_max_bytes() -> int:
    return getattr(settings, "SHOP_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


def import_size_error(*, size: int) -> RowError | None:
    limit = import_max_bytes()
    if size <= limit:
        return None
    return RowError(
        f"the file is larger than the import limit of {_megabytes(limit)}; "
        "split it into smaller files"
    )


def import_format_detect(*, filename: str, head: bytes, requested: str = FORMAT_AUTO) -> str:
    """Which reader to use: the requested format, else the extension, else the first bytes."""
    suffix = PurePath(filename or "").suffix.lower()
    looks_xml = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    if requested == FORMAT_SHOPIFY:
        return "shopify"
    if requested == FORMAT_MERCHANT:
        return "merchant_xml" if suffix == ".xml" or looks_xml else "merchant_tsv"
    if suffix == ".xml" or looks_xml:
        return "merchant_xml"
    if suffix == ".tsv":
        return "merchant_tsv"
    first_line = head.split(b"\n", 1)[0]
    if suffix != ".csv" and b"\t" in first_line and b"handle" not in first_line.lower():
        return "merchant_tsv"
    return "shopify"


def products_import(
    *,
    stream: BinaryIO,
    filename: str = "",
    file_format: str = FORMAT_AUTO,
    dry_run: bool = False,
) -> ImportReport:
    """Read a Shopify CSV or Merchant Center TSV/XML file and apply it in one transaction.

    Every problem found is reported with its line and column; if there is any, nothing is
    written. A dry run checks everything, the database included, then rolls back.
    """
    limit = import_max_bytes()
    data = stream.read(limit + 1)  # never read more than we could accept
    kind = import_format_detect(filename=filename, head=data[:4096], requested=file_format)
    report = ImportReport(file_format=_LABELS[kind], dry_run=dry_run)
    size_error = import_size_error(size=len(data))
    if size_error:
        report.errors.append(size_error)
        return report
    catalog = Catalog()
    if kind == "merchant_xml":
        records, errors = merchant.merchant_xml_parse(data, catalog)
    else:
        text, decode_error = text_decode(data)
        if decode_error:
            report.errors.append(decode_error)
            return report
        parse = shopify.shopify_parse if kind == "shopify" else merchant.merchant_tsv_parse
        records, errors = parse(text, catalog)
    report.errors.extend(errors)
    if report.errors:
        return report
    if not records:
        report.errors.append(RowError("the file has a header but no products", line=2))
        return report
    try:
        with transaction.atomic():
            changes = records_apply(records=records, report=report)
            if report.errors or dry_run:
                raise _RollBack
            # Inside the transaction: listeners act once it commits, and not if it fails.
            changes.announce()
    except _RollBack:
        pass
    except DatabaseError as exc:
        report.errors.append(RowError(f"the database refused the import: {exc}"))
    return report


def products_export_shopify(*, products: QuerySet[Product] | None, out: TextIO) -> int:
    """Write products in Shopify's CSV layout; returns how many products were written."""
    return shopify_export.shopify_write(products=products, out=out)


def _megabytes(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
