"""The only door through which the recommender reaches products.

The recommender never queries ``shop`` directly: it asks the product selector named by
``STRIDEWISE["PRODUCT_SELECTOR"]`` for candidates (products that rules select) and for card
data (what a shopper sees). A shop with its own product model writes a ``BaseProductSelector``
subclass (``base``) and names it in the setting; ``django_selector`` serves this shop.
"""

from recommender.catalog.base import (
    BaseProductSelector,
    ProductCard,
    RuleQuery,
    product_selector_get,
)
from recommender.catalog.django_selector import MIN_PER_SELECTOR, DjangoProductSelector

__all__ = [
    "MIN_PER_SELECTOR",
    "BaseProductSelector",
    "DjangoProductSelector",
    "ProductCard",
    "RuleQuery",
    "product_selector_get",
]
