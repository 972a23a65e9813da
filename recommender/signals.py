"""Receivers for catalog changes (connected in RecommenderConfig.ready)."""

from __future__ import annotations

import weakref

from django.db.models import QuerySet

from recommender.services.invalidation import products_deleted_invalidate
from recommender.services.recommendations import recommendations_generation_bump
from recommender.tasks import product_changed_queue, products_changed_queue


def product_changed(sender, instance, raw=False, **kwargs) -> None:
    if not raw and instance.pk is not None:
        # Answers cached per set of causes (diagnose) are dropped at once; articles follow
        # through the debounced task.
        recommendations_generation_bump()
        product_changed_queue(product_id=instance.pk)


def variant_changed(sender, instance, raw=False, origin=None, **kwargs) -> None:
    from shop.models import Product

    if _is_product_delete(origin, Product):
        return  # its product is being deleted, which refreshes what showed it
    if not raw and instance.product_id is not None:
        recommendations_generation_bump()
        product_changed_queue(product_id=instance.product_id, stock_only=True)


def products_changed(sender, product_ids=(), stock_only=False, **kwargs) -> None:
    """shop's one notice for a bulk write: one bump, and the products queued in chunks."""
    if product_ids:
        recommendations_generation_bump()
        products_changed_queue(product_ids=product_ids, stock_only=stock_only)


# Products of a queryset delete still to be announced by their own pre_delete, per queryset.
_BULK_DELETES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _is_product_delete(origin, model) -> bool:
    if isinstance(origin, QuerySet):
        return origin.model is model
    return isinstance(origin, model)


def product_deleting(sender, instance, origin=None, **kwargs) -> None:
    """Before a product row goes, retire the answers that show it and queue their refill.

    A queryset delete (the admin's bulk delete) sends this once per row before deleting any:
    the first one handles the whole queryset in a few queries and the rest are skipped.
    """
    if instance.pk is None:
        return
    if isinstance(origin, QuerySet) and origin.model is sender:
        pending = _BULK_DELETES.get(origin)
        if pending is not None and instance.pk in pending:
            pending.discard(instance.pk)
            return
        ids = set(origin.values_list("pk", flat=True)) | {instance.pk}
        _BULK_DELETES[origin] = ids - {instance.pk}
    else:
        ids = {instance.pk}
    products_deleted_invalidate(product_ids=ids)
