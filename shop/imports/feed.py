"""The live Merchant Center feed: RSS 2.0 with the g: namespace, one item per variant."""

import re
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from django.conf import settings
from django.http import StreamingHttpResponse
from django.views.decorators.http import require_safe

from shop.imports.selectors import product_feed_list
from shop.models import Product, Variant

GOOGLE_NAMESPACE = "http://base.google.com/ns/1.0"
CHUNK_SIZE = 200
# Characters XML 1.0 cannot carry at all; a stray one would make the whole feed unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@require_safe
def merchant_feed(request):
    response = StreamingHttpResponse(
        merchant_feed_chunks(products=product_feed_list()),
        content_type="application/rss+xml; charset=utf-8",
    )
    response["Cache-Control"] = "public, max-age=900"
    return response


def merchant_feed_chunks(*, products: Iterable[Product]) -> Iterator[str]:
    """The feed as text pieces, so a large catalog streams instead of sitting in memory."""
    site_url = settings.SITE_URL
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<rss version="2.0" xmlns:g={quoteattr(GOOGLE_NAMESPACE)}>\n<channel>\n'
        f"<title>{_text(settings.SITE_NAME)}</title>\n"
        f"<link>{_text(site_url + '/')}</link>\n"
        f"<description>{_text(settings.SITE_NAME)} product feed</description>\n"
    )
    if hasattr(products, "iterator"):
        products = products.iterator(chunk_size=CHUNK_SIZE)
    for product in products:
        shared = _elements(_product_fields(product, site_url))
        yield "".join(
            f"<item>\n{_elements(_variant_fields(product, variant))}{shared}</item>\n"
            for variant in product.variants.all()
        )
    yield "</channel>\n</rss>\n"


def _product_fields(product: Product, site_url: str) -> list[tuple[str, str]]:
    """What every variant of a product shares, worked out once per product."""
    return [
        ("item_group_id", product.sku),
        ("title", product.name),
        ("description", product.description or product.name),
        ("link", _absolute(product.get_absolute_url(), site_url)),
        ("image_link", _absolute(product.image_src, site_url)),
        ("brand", product.brand),
        ("condition", "new"),
        ("product_type", product.category.name),
        ("identifier_exists", "no"),
        ("product_weight", f"{product.weight_g} g" if product.weight_g else ""),
    ]


def _variant_fields(product: Product, variant: Variant) -> list[tuple[str, str]]:
    price = variant.price_override if variant.price_override is not None else product.price
    return [
        ("id", variant.sku),
        ("availability", "in_stock" if variant.stock > 0 else "out_of_stock"),
        ("price", f"{price:.2f} {product.currency}"),
        ("size", variant.size),
        ("color", variant.colour),
    ]


def _elements(fields: list[tuple[str, str]]) -> str:
    return "".join(f"<g:{name}>{_text(value)}</g:{name}>\n" for name, value in fields if value)


def _absolute(path: str, site_url: str) -> str:
    return path if path.startswith(("http://", "https://")) else site_url + path


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", str(value)))
