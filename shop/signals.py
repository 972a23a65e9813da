"""Signals the catalog sends where one statement writes many rows and no model save runs.

Single saves announce themselves through Django's own ``post_save``; a bulk write (an
import, a bulk (de)activation, the demo loader's stock) sends ``products_changed`` once,
from inside its transaction, so listeners can act on the whole batch once it commits.
"""

from collections.abc import Iterable

from django.dispatch import Signal

from shop.models import Product

# Arguments: product_ids (list[int], sorted, no repeats) and stock_only (bool: only sizes
# or stock changed, the products' own rows did not).
products_changed = Signal()


def products_changed_send(*, product_ids: Iterable[int], stock_only: bool = False) -> None:
    """Announce one bulk write; nothing is sent when no product changed."""
    ids = sorted({int(pk) for pk in product_ids if pk is not None})
    if ids:
        products_changed.send(sender=Product, product_ids=ids, stock_only=stock_only)
