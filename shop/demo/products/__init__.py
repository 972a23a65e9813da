"""The demo catalog, one module per category, keyed here by category slug.

Each product is a dict of Product field values (price as a string, attributes as the catalog
contract names them) plus ``colours``: {colour: {size: stock}}. A size with stock 0 is sold out;
a product whose sizes are all 0 is sold out entirely.
"""

from shop.demo.products import (
    compression_socks,
    insoles,
    running_shoes,
    running_socks,
    trail_shoes,
    trail_socks,
)

PRODUCTS_BY_CATEGORY: dict[str, list[dict]] = {
    "running-socks": running_socks.PRODUCTS,
    "compression-socks": compression_socks.PRODUCTS,
    "trail-socks": trail_socks.PRODUCTS,
    "running-shoes": running_shoes.PRODUCTS,
    "trail-shoes": trail_shoes.PRODUCTS,
    "insoles": insoles.PRODUCTS,
}
