"""Receivers for catalog changes (connected in RecommenderConfig.ready)."""

from __future__ import annotations

from recommender.services.recommendations import recommendations_generation_bump
from recommender.tasks import product_changed_queue, products_changed_queue


def product_changed(sender, instance, raw=False, **kwargs) -> None:
    if not raw and instance.pk is not None:
        # Answers cached per set of causes (diagnose) are dropped at once; articles follow
        # through the debounced task.
        recommendations_generation_bump()
        product_changed_queue(product_id=instance.pk)


def variant_changed(sender, instance, raw=False, **kwargs) -> None:
    if not raw and instance.product_id is not None:
        recommendations_generation_bump()
        product_changed_queue(product_id=instance.product_id, stock_only=True)


def products_changed(sender, product_ids=(), stock_only=False, **kwargs) -> None:
    """shop's one notice for a bulk write: one bump, and the products queued in chunks."""
    if product_ids:
        recommendations_generation_bump()
        products_changed_queue(product_ids=product_ids, stock_only=stock_only)
