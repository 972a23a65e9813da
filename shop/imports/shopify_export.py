"""Writing products as Shopify product CSV, in the column layout Shopify itself exports."""

import csv
from collections import Counter
from collections.abc import Iterator
from typing import TextIO

from django.conf import settings
from django.db.models import QuerySet

from shop.imports.shopify import PRODUCT_SKU_KEY, metafield_header
from shop.imports.values import FILE_ATTRIBUTES, attribute_format, spreadsheet_safe
from shop.models import Attribute, Category, Product

BASE_COLUMNS = (
    "Handle",
    "Title",
    "Body (HTML)",
    "Vendor",
    "Product Category",
    "Type",
    "Tags",
    "Published",
    "Option1 Name",
    "Option1 Value",
    "Option2 Name",
    "Option2 Value",
    "Option3 Name",
    "Option3 Value",
    "Variant SKU",
    "Variant Grams",
    "Variant Inventory Tracker",
    "Variant Inventory Qty",
    "Variant Inventory Policy",
    "Variant Fulfillment Service",
    "Variant Price",
    "Variant Compare At Price",
    "Variant Requires Shipping",
    "Variant Taxable",
    "Variant Barcode",
    "Image Src",
    "Image Position",
    "Image Alt Text",
    "Gift Card",
    "SEO Title",
    "SEO Description",
    "Variant Image",
    "Variant Weight Unit",
    "Variant Tax Code",
    "Cost per item",
    "Status",
)
_VARIANT_DEFAULTS = {
    "Variant Inventory Tracker": "shopify",
    "Variant Inventory Policy": "deny",
    "Variant Fulfillment Service": "manual",
    "Variant Requires Shipping": "TRUE",
    "Variant Taxable": "TRUE",
    "Variant Weight Unit": "g",
}


def attribute_label(name: str) -> str:
    label = str(Product._meta.get_field(name).verbose_name)
    return label[:1].upper() + label[1:]


def shopify_write(*, products: QuerySet[Product] | None, out: TextIO) -> int:
    attributes = list(Attribute.objects.order_by("name"))
    metafields = [(metafield_header("Product SKU", PRODUCT_SKU_KEY), None)]
    metafields += [(metafield_header(attribute_label(n), n), n) for n in FILE_ATTRIBUTES]
    metafields += [(metafield_header(a.name, a.slug), a.slug) for a in attributes]
    names = Counter(name.lower() for name in Category.objects.values_list("name", flat=True))
    shared_names = {name for name, count in names.items() if count > 1}
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*BASE_COLUMNS, *(header for header, _ in metafields)])
    count = 0
    for product in _export_queryset(products).iterator(chunk_size=500):
        for row in _product_rows(product, metafields, shared_names):
            writer.writerow([spreadsheet_safe(cell) for cell in row])
        count += 1
    return count


def _export_queryset(products: QuerySet[Product] | None) -> QuerySet[Product]:
    queryset = products if products is not None else Product.objects.all()
    return queryset.select_related("category").prefetch_related("variants").order_by("slug")


def _product_rows(
    product: Product, metafields: list[tuple[str, str | None]], shared_names: set[str]
) -> Iterator[list]:
    # Variants at the base price first: an import takes the product's price from the first row.
    variants = sorted(product.variants.all(), key=lambda v: (v.price_override is not None, v.id))
    has_colour = any(variant.colour for variant in variants)
    for index, variant in enumerate(variants):
        row = dict.fromkeys(BASE_COLUMNS, "")
        row.update(_VARIANT_DEFAULTS)
        row["Handle"] = product.slug
        row["Option1 Value"] = variant.size
        row["Option2 Value"] = variant.colour if has_colour else ""
        row["Variant SKU"] = variant.sku
        row["Variant Grams"] = str(product.weight_g or 0)
        row["Variant Inventory Qty"] = str(variant.stock)
        price = variant.price_override if variant.price_override is not None else product.price
        row["Variant Price"] = f"{price:.2f}"
        extra: list[str] = [""] * len(metafields)
        if index == 0:
            row.update(_product_cells(product, has_colour))
            if product.category.name.lower() in shared_names:
                row["Type"] = product.category.slug  # the name alone would not say which
            extra = [_metafield_value(product, key) for _, key in metafields]
        yield [*row.values(), *extra]


def _product_cells(product: Product, has_colour: bool) -> dict[str, str]:
    image = _image_address(product)
    return {
        "Title": product.name,
        "Body (HTML)": product.description,
        "Vendor": product.brand,
        "Type": product.category.name,
        "Published": "TRUE" if product.is_active else "FALSE",
        "Option1 Name": "Size",
        "Option2 Name": "Color" if has_colour else "",
        "Image Src": image,
        "Image Position": "1" if image else "",
        "Image Alt Text": product.name if image else "",
        "Gift Card": "FALSE",
        "Status": "active" if product.is_active else "draft",
    }


def _metafield_value(product: Product, key: str | None) -> str:
    if key is None:
        return product.sku
    if key in FILE_ATTRIBUTES:
        return attribute_format(getattr(product, key))
    return attribute_format((product.extra_attributes or {}).get(key))


def _image_address(product: Product) -> str:
    if product.image_url:
        return product.image_url
    if product.image:
        return settings.SITE_URL + product.image.url
    return ""
